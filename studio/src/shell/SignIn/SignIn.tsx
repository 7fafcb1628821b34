import { useState, type FormEvent } from 'react';
import { GraphQLRequestError } from '../../api/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { useSession } from '../session';

export function SignIn() {
  const { t } = useI18n();
  const { login } = useSession();
  const [userName, setUserName] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(userName, password, totp);
    } catch (e) {
      setError(e instanceof GraphQLRequestError ? e.message : t('auth.failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="sign-in" onSubmit={submit} aria-label={t('auth.title')}>
      <h1>{t('auth.title')}</h1>
      <label>{t('auth.userName')}<input name="userName" autoComplete="username" value={userName} onChange={(e) => setUserName(e.target.value)} required /></label>
      <label>{t('auth.password')}<input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required /></label>
      <label>{t('auth.totp')}<input name="totp" inputMode="numeric" autoComplete="one-time-code" value={totp} onChange={(e) => setTotp(e.target.value)} /></label>
      {error && <p role="alert" className="error">{error}</p>}
      <button type="submit" disabled={busy}>{t('auth.submit')}</button>
    </form>
  );
}
