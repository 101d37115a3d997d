import { Revenue1795455121595 } from './1795455121595-revenue';
import { ProductNames1795464000000 } from './1795464000000-product-names';
import { ExchangeRates1796480000000 } from './1796480000000-exchange-rates';
import { ProductLinePicklist1796511145300 } from './1796511145300-product-line-picklist';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const REVENUE_MIGRATIONS: Function[] = [Revenue1795455121595, ProductNames1795464000000, ExchangeRates1796480000000, ProductLinePicklist1796511145300];
