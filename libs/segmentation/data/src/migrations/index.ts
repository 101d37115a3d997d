import { Segmentation1796550871463 } from './1796550871463-segmentation';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const SEGMENTATION_MIGRATIONS: Function[] = [Segmentation1796550871463];
