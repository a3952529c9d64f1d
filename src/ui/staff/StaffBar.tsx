import type { StaffSession } from '../../data/staff-api';
import { useT } from '../../i18n/useT';
import { staffSessionStore } from '../../state/useStaffSession';

/** Who is signed in, and the way out (shared tablets at the counter need it). */
export function StaffBar({ session }: { session: StaffSession }) {
  const t = useT();
  return (
    <div className="staff-bar" data-testid="staff-bar" data-role={session.user.role}>
      <span>
        {t('staff.signedIn', { username: session.user.username, role: t(`staff.role.${session.user.role}`) })}
      </span>
      <button
        type="button"
        className="is-quiet"
        onClick={() => void staffSessionStore().getState().logout()}
        data-testid="logout"
      >
        {t('staff.logout')}
      </button>
    </div>
  );
}
