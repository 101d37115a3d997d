import { ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { localizedName, NameTranslations } from '@rapport/shared-domain';
import { GqlContext, requestLocale } from '@rapport/shared-api';
import { Product } from '../models/catalog.model';
import { QuoteLine } from '../models/quote.model';

const NAME = "The name in the reader's language: the Accept-Language header, else the signed-in user's language; the canonical name when there is no translation (API keys that send no Accept-Language get the canonical name).";

/** Product names are read in the requester's language, like pipeline and stage names (docs/adr/0010). */
@Resolver(() => Product)
export class ProductResolver {
  @ResolveField(() => String, { description: NAME })
  name(p: { name: string; names?: NameTranslations | null }, _: unknown, context: GqlContext) {
    const locale = requestLocale(context.req);
    return localizedName(p.name, p.names, locale);
  }

  @ResolveField(() => String, { description: 'The name as stored, untranslated: what integrations match on and what every language falls back to.' })
  canonicalName(p: { name: string }) {
    return p.name;
  }

  @ResolveField(() => GraphQLJSONObject, { description: 'Translations of the name by locale, e.g. { "zh-CN": "云座席（年）", "zh-TW": "雲端使用者授權（年）" }.' })
  names(p: { names?: NameTranslations | null }) {
    return p.names ?? {};
  }
}

/**
 * A quote line's product name, copied when the line was priced with the product's translations of
 * that moment, in the reader's language. The PDF uses the quote's language instead (QuotesService.pdfData).
 */
@Resolver(() => QuoteLine)
export class QuoteLineResolver {
  @ResolveField(() => String, { description: `The product's name as it was when the line was priced. ${NAME}` })
  productName(l: { productName: string; productNames?: NameTranslations | null }, _: unknown, context: GqlContext) {
    const locale = requestLocale(context.req);
    return localizedName(l.productName, l.productNames, locale);
  }
}
