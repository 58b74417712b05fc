// Team sync's errors and notes reach the user in the browser's language, with its numbers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCouch } from '../../src/background/couch';
import { receivingNote } from '../../src/background/sync-receive';
import { setMessageSource } from '../../src/shared/i18n';
import { catalogueApi } from '../helpers/catalogue';
import { failure, SERVER } from '../helpers/couch-client';

beforeEach(() => setMessageSource(catalogueApi('de')));
afterEach(() => setMessageSource(catalogueApi('en')));

describe('team sync in German', () => {
  it('says an oversized answer was refused, its limit written the German way', async () => {
    const body = `{"db_name":"team","pad":"${'x'.repeat(1_600_000)}"}`;
    const fetch = async () => new Response(body, { status: 200 });
    const error = await failure(createCouch(SERVER, { fetch }).changes('0', 100, 1_500_000));
    // The kind stays the code callers rely on; only the sentence is German.
    expect(error.kind).toBe('too-large');
    expect(error.message).toBe(
      'Die Antwort des Sync-Servers auf eine Liste von Änderungen war größer als 1,5 MB und wurde nicht gelesen.',
    );
  });

  it('says a refused login in German', async () => {
    const fetch = async () => new Response('{"error":"unauthorized"}', { status: 401 });
    const error = await failure(createCouch(SERVER, { fetch }).info());
    expect(error.kind).toBe('auth');
    expect(error.message).toMatch(
      /^Der Sync-Server .+ hat Benutzername oder Passwort abgelehnt \(HTTP 401\)\.$/,
    );
  });

  it('notes what a run left out, counts in German (thousands with a point)', () => {
    const note = receivingNote({ received: 0, unsafe: [], more: true }, 1_500, 2_000, {
      documents: 5_000,
      bytes: 16_000_000,
      pages: 20,
    });
    expect(note).toBe(
      'Nur die neuesten 2.000 Beiträge aus dem Team werden aufbewahrt: 1.500 ältere nicht gespeichert. ' +
        'Weitere Änderungen aus dem Team warten auf dem Server: Eine Synchronisierung liest höchstens 5.000 Dokumente oder 16 MB, der Rest folgt mit der nächsten.',
    );
  });
});
