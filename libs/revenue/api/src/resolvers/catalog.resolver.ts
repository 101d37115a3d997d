import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '@rapport/shared-domain';
import { CurrentActor } from '@rapport/shared-api';
import {
  DiscountTolerance,
  DiscountTolerancePayload,
  PriceBook,
  PriceBookEntriesPayload,
  PriceBookEntry,
  PriceBookPayload,
  PriceQuote,
  Product,
  ProductPayload,
  SaveDiscountToleranceInput,
  SavePriceBookInput,
  SaveProductInput,
  SetPriceBookEntriesInput,
} from '../models/catalog.model';
import { CatalogService } from '../services/catalog.service';

const entry = (e: { id: string; productId: string; minQuantity: number; unitPrice: string }) => ({ ...e, unitPrice: Number(e.unitPrice) });

@Resolver()
export class CatalogResolver {
  constructor(private readonly catalog: CatalogService) {}

  @Query(() => [Product], { description: 'Up to 500 products by SKU; search matches SKU or name.' })
  products(@CurrentActor() a: Actor, @Args('search', { nullable: true }) search?: string, @Args('activeOnly', { nullable: true, defaultValue: false }) activeOnly?: boolean) {
    return this.catalog.products(a, { search, activeOnly });
  }

  @Mutation(() => ProductPayload) async saveProduct(@CurrentActor() a: Actor, @Args('input') input: SaveProductInput) {
    return { product: await this.catalog.saveProduct(a, input) };
  }

  @Query(() => [PriceBook]) priceBooks(@CurrentActor() a: Actor) {
    return this.catalog.priceBooks(a);
  }

  @Mutation(() => PriceBookPayload) async savePriceBook(@CurrentActor() a: Actor, @Args('input') input: SavePriceBookInput) {
    return { priceBook: await this.catalog.savePriceBook(a, input) };
  }

  @Query(() => [PriceBookEntry]) async priceBookEntries(@CurrentActor() a: Actor, @Args('priceBookId', { type: () => ID }) priceBookId: string) {
    return (await this.catalog.entries(a, priceBookId)).map(entry);
  }

  @Mutation(() => PriceBookEntriesPayload) async setPriceBookEntries(@CurrentActor() a: Actor, @Args('input') input: SetPriceBookEntriesInput) {
    return { entries: (await this.catalog.setEntries(a, input)).map(entry) };
  }

  @Query(() => [DiscountTolerance]) async discountTolerances(@CurrentActor() a: Actor) {
    return (await this.catalog.tolerances(a)).map((t) => ({ ...t, maxDiscountPercent: Number(t.maxDiscountPercent) }));
  }

  @Mutation(() => DiscountTolerancePayload) async saveDiscountTolerance(@CurrentActor() a: Actor, @Args('input') input: SaveDiscountToleranceInput) {
    const t = await this.catalog.saveTolerance(a, input);
    return { discountTolerance: { ...t, maxDiscountPercent: Number(t.maxDiscountPercent) } };
  }

  @Query(() => PriceQuote, { nullable: true, description: 'The price a quote line would get for this account today (null: no price).' })
  async priceFor(
    @CurrentActor() a: Actor,
    @Args('productId', { type: () => ID }) productId: string,
    @Args('accountId', { type: () => ID }) accountId: string,
    @Args('quantity', { type: () => Int, defaultValue: 1 }) quantity: number,
    @Args('currency', { defaultValue: 'CNY' }) currency: string,
  ) {
    const p = await this.catalog.priceForAccount(a, { productId, accountId, quantity, currency });
    return p && { ...p, unitPrice: Number(p.unitPrice) };
  }
}

