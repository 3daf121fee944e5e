/** Every row of every record store, by store name. */
export type StoredTables = Record<string, unknown[]>;

/**
 * Runs in the page (pass it to `page.evaluate`): every row of every record store, read
 * straight from IndexedDB. The This week view is left out: it is derived from the records
 * and rebuilt on restore.
 */
export function readAllRecords(): Promise<StoredTables> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('handshake');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const names = [...db.objectStoreNames].filter((name) => name !== 'attention');
      const transaction = db.transaction(names, 'readonly');
      const tables: StoredTables = {};
      for (const name of names) {
        const rows = transaction.objectStore(name).getAll();
        rows.onsuccess = () => (tables[name] = rows.result);
      }
      transaction.oncomplete = () => {
        db.close();
        resolve(tables);
      };
      transaction.onerror = () => reject(transaction.error);
    };
  });
}
