import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor, checkNameChange } from '@rapport/shared-domain';
import { PicklistsService } from '@rapport/shared-auth';
import { diffFields, writeAudit } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { PriceQuery, resolvePrice, ResolvedPrice } from '@rapport/revenue-domain';
import { SalesRepository } from '@rapport/sales-data';
import { CatalogRepository, DiscountToleranceEntity, PriceBookEntity, PriceBookEntryEntity, ProductEntity } from '@rapport/revenue-data';
import { SaveDiscountToleranceInput, SavePriceBookInput, SaveProductInput, SetPriceBookEntriesInput } from '../models/catalog.model';
import { assertAllowed } from './access';

/** Products, price books and tolerances (admins write; sales reads) and the pricing service every quote line uses. */
@Injectable()
export class CatalogService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly sales: SalesRepository,
    private readonly repo: CatalogRepository,
    private readonly picklists: PicklistsService,
  ) {}

  /** The price a line would get today, for an account the caller can see. */
  async priceForAccount(actor: Actor, q: { productId: string; accountId: string; quantity: number; currency: string }): Promise<ResolvedPrice | null> {
    assertAllowed(actor, 'catalog', 'read');
    if (q.quantity < 1) throw AppError.validation([{ path: 'quantity', message: 'quantity must be at least 1' }]);
    const [account] = await this.sales.visibleByIds<{ id: string; tier: string | null }>('account', actor, [q.accountId]);
    if (!account) throw AppError.notFound('The account');
    return this.price(this.ds.manager, { ...q, accountTier: account.tier, on: new Date().toISOString().slice(0, 10) });
  }

  async products(actor: Actor, args: { search?: string | null; activeOnly?: boolean | null }) {
    assertAllowed(actor, 'catalog', 'read');
    return this.repo.findProducts(args);
  }

  async saveProduct(actor: Actor, input: SaveProductInput): Promise<ProductEntity> {
    assertAllowed(actor, 'catalog', 'write');
    // The same rules as every configured name (docs/adr/0010): trimmed, 1–80 characters, translations per locale.
    const { change, problems } = checkNameChange({ name: input.name, names: input.names });
    if (problems.length) throw AppError.validation(problems);
    return this.ds.transaction(async (m) => {
      const clash = await m.findOneBy(ProductEntity, { sku: input.sku });
      if (clash && clash.id !== input.id) throw AppError.validation([{ path: 'input.sku', message: `SKU ${input.sku} is already used by ${clash.name}` }]);
      const before = input.id ? await m.findOneBy(ProductEntity, { id: input.id }) : null;
      if (input.id && !before) throw AppError.notFound('The product');
      // The line comes from its configured list (docs/adr/0018-picklists.md); a retired one stays on the products that have it.
      const lines = await this.picklists.check(m, [{ list: 'productLine', input: input.productLine ?? null, current: before?.productLine, path: 'input.productLine' }]);
      const values = { sku: input.sku, name: change.name!, names: change.names ?? before?.names ?? {}, productLine: lines.get('input.productLine') ?? null, unit: input.unit, description: input.description ?? null, active: input.active };
      const row = m.create(ProductEntity, { ...(before ?? {}), ...values });
      await m.save(row);
      await writeAudit(m, actor, { entityType: 'product', entityId: row.id, action: before ? 'update' : 'create', changes: diffFields(before, row, ['sku', 'name', 'names', 'productLine', 'unit', 'active']) });
      return row;
    });
  }

  async priceBooks(actor: Actor) {
    assertAllowed(actor, 'catalog', 'read');
    return this.ds.getRepository(PriceBookEntity).find({ order: { kind: 'DESC', name: 'ASC' } });
  }

  async savePriceBook(actor: Actor, input: SavePriceBookInput): Promise<PriceBookEntity> {
    assertAllowed(actor, 'catalog', 'write');
    const problems = [];
    if (input.kind === 'account' && !input.accountId) problems.push({ path: 'input.accountId', message: 'An account price book needs its account' });
    if (input.kind === 'tier' && !input.tier) problems.push({ path: 'input.tier', message: 'A tier price book needs its tier' });
    if (input.effectiveFrom && input.effectiveTo && input.effectiveTo < input.effectiveFrom) problems.push({ path: 'input.effectiveTo', message: 'The book must end after it starts' });
    if (problems.length) throw AppError.validation(problems);
    return this.ds.transaction(async (m) => {
      const before = input.id ? await m.findOneBy(PriceBookEntity, { id: input.id }) : null;
      if (input.id && !before) throw AppError.notFound('The price book');
      if (input.kind === 'account' && !(await this.repo.liveAccountExists(input.accountId, m))) throw AppError.validation([{ path: 'input.accountId', message: 'No such account' }]);
      const row = m.create(PriceBookEntity, {
        ...(before ?? {}),
        name: input.name.trim(),
        kind: input.kind as PriceBookEntity['kind'],
        accountId: input.kind === 'account' ? input.accountId! : null,
        tier: input.kind === 'tier' ? input.tier! : null,
        currency: input.currency,
        effectiveFrom: input.effectiveFrom ?? null,
        effectiveTo: input.effectiveTo ?? null,
        active: input.active,
      });
      await m.save(row);
      await writeAudit(m, actor, { entityType: 'price_book', entityId: row.id, action: before ? 'update' : 'create', changes: diffFields(before, row, ['name', 'kind', 'accountId', 'tier', 'currency', 'effectiveFrom', 'effectiveTo', 'active']) });
      return row;
    });
  }

  async entries(actor: Actor, priceBookId: string) {
    assertAllowed(actor, 'catalog', 'read');
    return this.ds.getRepository(PriceBookEntryEntity).find({ where: { priceBookId }, order: { productId: 'ASC', minQuantity: 'ASC' } });
  }

  async setEntries(actor: Actor, input: SetPriceBookEntriesInput): Promise<PriceBookEntryEntity[]> {
    assertAllowed(actor, 'catalog', 'write');
    const keys = input.entries.map((e) => `${e.productId}:${e.minQuantity}`);
    const dup = keys.findIndex((k, i) => keys.indexOf(k) !== i);
    if (dup >= 0) throw AppError.validation([{ path: `input.entries.${dup}.minQuantity`, message: 'The same product and minimum quantity appear twice' }]);
    return this.ds.transaction(async (m) => {
      if (!(await m.findOneBy(PriceBookEntity, { id: input.priceBookId }))) throw AppError.notFound('The price book');
      const productIds = [...new Set(input.entries.map((e) => e.productId))];
      const found = await m.findBy(ProductEntity, { id: In(productIds) });
      const missing = input.entries.findIndex((e) => !found.some((p) => p.id === e.productId));
      if (missing >= 0) throw AppError.validation([{ path: `input.entries.${missing}.productId`, message: 'No such product' }]);
      const before = await m.findBy(PriceBookEntryEntity, { priceBookId: input.priceBookId, productId: In(productIds) });
      await m.delete(PriceBookEntryEntity, { priceBookId: input.priceBookId, productId: In(productIds) });
      const rows = input.entries.map((e) => m.create(PriceBookEntryEntity, { priceBookId: input.priceBookId, productId: e.productId, minQuantity: e.minQuantity, unitPrice: e.unitPrice.toFixed(2) }));
      await m.save(rows);
      await writeAudit(m, actor, {
        entityType: 'price_book',
        entityId: input.priceBookId,
        action: 'set_entries',
        changes: [{ field: 'entries', from: before.map((b) => ({ productId: b.productId, minQuantity: b.minQuantity, unitPrice: b.unitPrice })), to: rows.map((r) => ({ productId: r.productId, minQuantity: r.minQuantity, unitPrice: r.unitPrice })) }],
      });
      return rows;
    });
  }

  async tolerances(actor: Actor) {
    assertAllowed(actor, 'catalog', 'read');
    return this.ds.getRepository(DiscountToleranceEntity).find({ order: { role: 'ASC', productLine: 'ASC' } });
  }

  async saveTolerance(actor: Actor, input: SaveDiscountToleranceInput): Promise<DiscountToleranceEntity> {
    assertAllowed(actor, 'catalog', 'write');
    return this.ds.transaction(async (m) => {
      const productLine = input.productLine?.trim() || null;
      const existing = await this.repo.toleranceFor(input.role, productLine, m);
      // A rule for a line names a configured one; a rule kept for a line since retired may still change.
      await this.picklists.check(m, [{ list: 'productLine', input: productLine, current: existing ? productLine : null, path: 'input.productLine' }]);
      const row = m.create(DiscountToleranceEntity, { id: existing?.id, role: input.role, productLine, maxDiscountPercent: input.maxDiscountPercent.toFixed(2) });
      await m.save(row);
      await writeAudit(m, actor, { entityType: 'discount_tolerance', entityId: row.id, action: existing ? 'update' : 'create', changes: [{ field: 'maxDiscountPercent', from: existing?.maxDiscountPercent ?? null, to: row.maxDiscountPercent }] });
      return row;
    });
  }

  /** The price of a product for an account: the documented resolution order, nothing else. */
  async price(m: EntityManager, q: PriceQuery): Promise<ResolvedPrice | null> {
    const books = await this.repo.booksFor(q, m);
    if (books.length === 0) return null;
    const entries = await this.repo.entriesFor(q.productId, books.map((b) => b.id), m);
    return resolvePrice(books, entries, q);
  }
}
