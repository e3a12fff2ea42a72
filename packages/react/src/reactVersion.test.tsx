import { render, screen } from '@testing-library/react';
import { version as reactVersion, useState } from 'react';
import { version as domVersion } from 'react-dom';
import { version as serverVersion } from 'react-dom/server';
import { expect, it } from 'vitest';

function Counter() {
  const [n] = useState(7);
  return <output>{n}</output>;
}

// Proves which React each project runs: the alias setup must not silently fall back to 19.
it('runs on the React major this project is for, with a matching react-dom', () => {
  const major = process.env.EXPECTED_REACT_MAJOR;
  expect(major).toMatch(/^1[89]$/);
  expect(reactVersion.split('.')[0]).toBe(major);
  expect(domVersion).toBe(reactVersion);
  expect(serverVersion).toBe(reactVersion);
  // A hook renders only when react-dom and the component share one React.
  render(<Counter />);
  expect(screen.getByRole('status').textContent).toBe('7');
});
