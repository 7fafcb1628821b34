import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';

// The server injects the endpoint's path; opening the built page directly falls back to the page's own path.
const endpointPath =
  document.querySelector<HTMLMetaElement>('meta[name="graphql-endpoint"]')?.content ?? window.location.pathname;
const url = new URL(endpointPath, window.location.href);
const subscriptionUrl = new URL(url.href);
subscriptionUrl.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';

const fetcher = createGraphiQLFetcher({ url: url.href, subscriptionUrl: subscriptionUrl.href });

createRoot(document.getElementById('graphiql')!).render(<GraphiQL fetcher={fetcher} />);
