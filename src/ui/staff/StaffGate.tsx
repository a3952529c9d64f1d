import '../../i18n/register-staff-messages';
import { useEffect, type ReactNode } from 'react';
import type { StaffRole } from '../../data/staff-api';
import { storeContext } from '../../data/store-context';
import { useT } from '../../i18n/useT';
import { staffSessionStore, useStaffSession } from '../../state/useStaffSession';
import { LoginForm, type LoginFormProps } from './LoginForm';
import { SetPasswordForm } from './SetPasswordForm';
import { StaffBar } from './StaffBar';
import './staff.css';

export interface StaffGateProps {
  /** Roles allowed past the gate. */
  roles: readonly StaffRole[];
  purpose: LoginFormProps['purpose'];
  children: ReactNode;
}

/**
 * On the store server, a staff page shows only after a login with one of `roles` (and after a new password
 * when the one-time first-start password was used). On static hosting there are no accounts: the page shows
 * as it always did.
 */
export function StaffGate(props: StaffGateProps) {
  if (storeContext.mode !== 'server') return <>{props.children}</>;
  return <ServerGate {...props} />;
}

function ServerGate({ roles, purpose, children }: StaffGateProps) {
  const t = useT();
  const status = useStaffSession((state) => state.status);
  const session = useStaffSession((state) => state.session);
  useEffect(() => {
    void staffSessionStore().getState().check();
  }, []);
  if (status === 'checking') {
    return (
      <p className="staff-checking" role="status">
        {t('staff.checking')}
      </p>
    );
  }
  if (!session) {
    return (
      <div className="staff-page">
        <LoginForm purpose={purpose} />
      </div>
    );
  }
  if (session.mustChangePassword) {
    return (
      <div className="staff-page">
        <SetPasswordForm username={session.user.username} />
      </div>
    );
  }
  if (!roles.includes(session.user.role)) {
    return (
      <div className="staff-page">
        <p className="staff-error" role="alert" data-testid="wrong-role">
          {t('staff.wrongRole', {
            roles: t(purpose === 'counter' ? 'staff.roles.counter' : 'staff.roles.owner'),
            role: t(`staff.role.${session.user.role}`),
          })}
        </p>
        <StaffBar session={session} />
      </div>
    );
  }
  return (
    <>
      <StaffBar session={session} />
      {children}
    </>
  );
}
