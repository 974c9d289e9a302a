import { render } from 'preact';

// The sources, ratings, providers and data pages arrive with issue 7.
render(<h1>Parallax options</h1>, document.getElementById('app')!);
