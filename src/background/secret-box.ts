/**
 * Keeps a secret (the team sync password) encrypted at rest: AES-GCM under a key generated here,
 * non-extractable, and stored as a CryptoKey object in the extension's IndexedDB, which keeps it
 * by structured clone without ever exposing its bytes. A copy of the profile's database files
 * read elsewhere, or someone browsing them, sees no password; code running in the extension (or
 * anyone who controls this browser profile) can still ask the key to decrypt, by design.
 */
import type { LensDb } from '../db';
import { z } from '../shared/zod';

/** Where the key is kept, in the settings table the background owns. */
export const SECRET_KEY_ROW = 'secretKey';

export const sealedSchema = z.strictObject({
  /** Base64 of the 12-byte nonce, new for every encryption. */
  iv: z.string().max(100),
  /** Base64 of the ciphertext with its authentication tag. */
  data: z.string().max(10_000),
});
export type Sealed = z.infer<typeof sealedSchema>;

const ALGORITHM = { name: 'AES-GCM', length: 256 } as const;

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

export class SecretBox {
  private key: Promise<CryptoKey> | undefined;

  constructor(private readonly db: LensDb) {}

  async seal(secret: string): Promise<Sealed> {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const data = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv },
      await this.cryptoKey(),
      new TextEncoder().encode(secret),
    );
    return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
  }

  /** Throws when the secret was sealed under another key (a database copied without its key). */
  async open(sealed: Sealed): Promise<string> {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(sealed.iv) },
      await this.cryptoKey(),
      fromBase64(sealed.data),
    );
    return new TextDecoder().decode(plain);
  }

  private cryptoKey(): Promise<CryptoKey> {
    this.key ??= this.loadOrCreate().catch((error: unknown) => {
      this.key = undefined;
      throw error;
    });
    return this.key;
  }

  private async loadOrCreate(): Promise<CryptoKey> {
    const stored = (await this.db.settings.get(SECRET_KEY_ROW))?.value;
    if (stored instanceof CryptoKey) return stored;
    // Generated before the transaction: it may not wait on anything but the database.
    const fresh = await crypto.subtle.generateKey(ALGORITHM, false, ['encrypt', 'decrypt']);
    return this.db.transaction('rw', this.db.settings, async () => {
      const raced = (await this.db.settings.get(SECRET_KEY_ROW))?.value;
      if (raced instanceof CryptoKey) return raced;
      await this.db.settings.put({ key: SECRET_KEY_ROW, value: fresh });
      return fresh;
    });
  }
}
