// The GraphQL the sales bench and the API profile send: one contacts page, the account 360, global search.
export const CONTACTS_QUERY = `query Contacts($first: Int, $after: String, $filter: ContactFilter, $orderBy: [ContactOrderBy!]) {
  contacts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    totalCountCapped
    pageInfo { hasNextPage endCursor }
    edges { cursor node { ...ContactRow } }
  }
}
fragment ContactRow on Contact { id name firstName lastName title email phones createdAt updatedAt account { id name } owner { id name } }`;

export const ACCOUNT_360_QUERY = `query Account360($id: ID!) {
  account(id: $id) {
    id name industry tier website owner { id name }
    contacts(first: 50) { edges { node { id name email title owner { id name } } } }
    opportunities(first: 20) { edges { node { id name amount closeDate stage { id name probability } owner { id name } } } }
    activities(first: 20) { edges { node { id type subject occurredAt done owner { id name } } } }
    timeline(first: 20) { pageInfo { hasNextPage endCursor } edges { node { id type summary occurredAt actor { id name } } } }
  }
}`;

export const SEARCH_QUERY = `query Search($query: String!, $first: Int) { search(query: $query, first: $first) { type id title subtitle } }`;
