import { graphqlEndpoint } from '../../api/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { pages } from '../../pages/registry';
import { navigate, routeParts, useRoute } from '../router';
import { useSession } from '../session';
import { SignIn } from '../SignIn/SignIn';

export function Frame() {
  const { t, language, setLanguage } = useI18n();
  const { me, loading, logout } = useSession();
  const [segment, ...rest] = routeParts(useRoute());
  const page = pages.find((p) => p.segment === segment) ?? pages[0];

  return (
    <div className="frame">
      <header className="topbar">
        <strong className="brand">{t('app.title')}</strong>
        {me && (
          <nav aria-label="main">
            {pages.map((p) => (
              <a key={p.segment} href={p.segment} aria-current={p === page ? 'page' : undefined}
                onClick={(e) => { e.preventDefault(); navigate(p.segment); }}>
                {t(p.label)}
              </a>
            ))}
            <a href={graphqlEndpoint} target="_blank" rel="noreferrer">{t('nav.graphiql')}</a>
          </nav>
        )}
        <span className="spacer" />
        <button type="button" className="lang" onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}>{t('lang.switch')}</button>
        {me && <span className="who">{me.userName}</span>}
        {me && <button type="button" onClick={() => void logout()}>{t('auth.logout')}</button>}
      </header>
      <main>
        {loading ? <p>{t('common.loading')}</p> : !me ? <SignIn /> : page ? page.render(page.segment === segment ? rest : []) : <p>{t('common.none')}</p>}
      </main>
    </div>
  );
}
