const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a client-supplied id can be a database id; others are answered as not found without a query. */
export const isUuid = (value: string): boolean => UUID.test(value);
