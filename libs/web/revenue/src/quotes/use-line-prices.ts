import { useApolloClient } from '@apollo/client/react';
import { errorMessageOf, PriceForDocument, type PriceForQuery } from '@rapport/web-data-access';
import { useDebouncedValue } from '@rapport/web-ui';
import { useEffect, useMemo, useRef, useState } from 'react';

export type LinePrice = NonNullable<PriceForQuery['priceFor']>;

/** A price lookup: loading (undefined), no price for this customer (null), or the server's price. */
export type PriceLookup = LinePrice | null | undefined;

export const priceKey = (productId: string, quantity: number) => `${productId}:${quantity}`;

/**
 * Asks the server what each (product, quantity) would cost this customer today. Quantity tiers
 * change the price, so the quantity is part of the key; typing is debounced so each keystroke
 * does not become a request. Answers are cached by Apollo, so going back to a quantity is free.
 */
export function useLinePrices(accountId: string | undefined, currency: string | undefined, lines: readonly { productId?: string | null; quantity?: number | null }[]) {
  const client = useApolloClient();
  const wanted = useMemo(
    () => [...new Set(lines.filter((l) => l.productId && l.quantity && l.quantity >= 1 && Number.isInteger(l.quantity)).map((l) => priceKey(l.productId!, l.quantity!)))].sort(),
    [lines],
  );
  const debounced = useDebouncedValue(wanted.join(','), 300);
  const [prices, setPrices] = useState<Record<string, LinePrice | null>>({});
  const [failed, setFailed] = useState<string>();
  // Keys already asked for this customer and currency, so a re-render never asks twice.
  const asked = useRef(new Set<string>());

  useEffect(() => {
    if (!accountId || !currency || !debounced) return;
    for (const key of debounced.split(',')) {
      const scoped = `${accountId}:${currency}:${key}`;
      if (asked.current.has(scoped)) continue;
      asked.current.add(scoped);
      const [productId, quantity] = key.split(':');
      client
        .query({ query: PriceForDocument, variables: { accountId, productId: productId!, quantity: Number(quantity), currency } })
        .then(({ data }) => {
          setPrices((p) => ({ ...p, [scoped]: data?.priceFor ?? null }));
        })
        .catch((e: unknown) => {
          asked.current.delete(scoped);
          setFailed(errorMessageOf(e) ?? String(e));
        });
    }
  }, [client, accountId, currency, debounced]);

  return {
    /** The lookup for one line; undefined while it loads (or before the product is chosen). */
    priceOf: (productId?: string | null, quantity?: number | null): PriceLookup =>
      productId && quantity ? prices[`${accountId}:${currency}:${priceKey(productId, quantity)}`] : undefined,
    error: failed,
  };
}
