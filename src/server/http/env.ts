import type { StaffSession } from '../auth/session';

/** What every request handler can read from the context. */
export interface AppEnv {
  Variables: {
    session: StaffSession | undefined;
    /** The server's clock (tests pin it). */
    now: () => Date;
  };
}
