// Customer value (issue 17): RFM scores and cells, BG/NBD + Gamma-Gamma models, CLV, simulators.
export * from './rfm';
export * from './special';
export * from './bgnbd';
export * from './gamma-gamma';
export * from './clv';
export * from './simulate';
export { minimize, type MinimizeOptions, type MinimizeResult, type ValueAndGradient } from './optimize';
