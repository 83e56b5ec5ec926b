// The web app's entry: a token form when the API asks for one, then the page the path names.
import { useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { AccountPage } from './account-page';
import { storedToken, storeToken } from './api';
import { PortfolioPage } from './portfolio-page';
import { Link, usePath } from './router';

function TokenBar() {
  const [token, setToken] = useState(storedToken() ?? '');
  const save = (e: FormEvent) => {
    e.preventDefault();
    storeToken(token.trim() || null);
    location.reload();
  };
  return (
    <form className="token" onSubmit={save}>
      <label>
        Bearer token
        <input
          type="password"
          value={token}
          onChange={(e) => setToken(e.target.value)}
          placeholder="not needed in development mode"
          autoComplete="off"
        />
      </label>
      <button type="submit">Use</button>
    </form>
  );
}

function App() {
  const path = usePath();
  const account = /^\/accounts\/([^/]+)\/?$/.exec(path);
  return (
    <>
      <nav className="topbar">
        <Link to="/">Stakeholder intelligence</Link>
        <a href="/graphql">GraphiQL</a>
        <TokenBar />
      </nav>
      {account ? (
        <AccountPage key={account[1]} accountId={decodeURIComponent(account[1]!)} />
      ) : (
        <PortfolioPage />
      )}
    </>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
