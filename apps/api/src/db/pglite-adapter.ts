import { PGlite } from '@electric-sql/pglite';
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PGLITE_EXTENSIONS } from './pglite-extensions.ts';

// pglite-prisma-adapter 0.7.2 calls `client.exec(script)` without awaiting it in
// `executeScript`, so a failing script resolves as a success (the schema engine then records
// it as applied) and the rejection later crashes the process as unhandled. We replace the
// method on every adapter the factory hands out with one that awaits and maps the error the
// same way the adapter's own queries do.
function awaitScripts(adapter: SqlDriverAdapter, client: PGlite): SqlDriverAdapter {
  const mapError = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      await client.exec(script);
    } catch (error) {
      mapError(error);
    }
  };
  return adapter;
}

/** The PGlite driver adapter factory with `executeScript` fixed to await the script. */
export class FixedPrismaPGlite extends PrismaPGlite {
  readonly #client: PGlite;

  constructor(client: PGlite) {
    super(client);
    this.#client = client;
  }

  override async connect(): Promise<SqlDriverAdapter> {
    return awaitScripts(await super.connect(), this.#client);
  }

  // The upstream shadow database is a PGlite that is never closed; ours is closed with the
  // adapter's dispose() so a schema engine run does not leak a Postgres instance.
  override async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadow = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
    const adapter = awaitScripts(await new PrismaPGlite(shadow).connect(), shadow);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await shadow.close();
    };
    return adapter;
  }
}
