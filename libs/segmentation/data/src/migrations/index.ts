import { Segmentation1796550871463 } from './1796550871463-segmentation';
import { SegmentStrategies1796551982580 } from './1796551982580-segment-strategies';
import { OrderImports1796552233436 } from './1796552233436-order-imports';
import { WonDealsAsOrders1796552693500 } from './1796552693500-won-deals-as-orders';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const SEGMENTATION_MIGRATIONS: Function[] = [Segmentation1796550871463, SegmentStrategies1796551982580, OrderImports1796552233436, WonDealsAsOrders1796552693500];
