import { Command } from 'cmdk';
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { create } from 'zustand';
import type { SearchHit } from '../../../shared/search-index';
import { useSearch, warmUpSearch } from '../features/search/queries';
import { BuildingIcon, PeopleIcon } from '../ui/icons';
import { matchActions, shortcutLabel, type PaletteAction } from './palette-actions';
import { usePaintedMark } from './perf';
import './CommandPalette.css';

interface PaletteState {
  open: boolean;
  show: () => void;
  hide: () => void;
}

/** Whether the palette is open; Ctrl/Cmd+K (shortcuts.ts) and Esc change it. */
export const usePalette = create<PaletteState>((set) => ({
  open: false,
  show: () => set({ open: true }),
  hide: () => set({ open: false }),
}));

/**
 * The command palette (Ctrl/Cmd+K): finds any person or partner and runs any action.
 * Always mounted, so the search index starts loading while the app is idle.
 */
export function CommandPalette() {
  const open = usePalette((state) => state.open);
  const hide = usePalette((state) => state.hide);
  useEffect(() => warmUpSearch(), []);
  return open ? <PaletteDialog onClose={hide} /> : null;
}

function RecordItem({ hit, onSelect }: { hit: SearchHit; onSelect: () => void }) {
  return (
    <Command.Item value={`${hit.kind}:${hit.id}`} onSelect={onSelect} className="palette__item">
      <span className="palette__icon">
        {hit.kind === 'person' ? <PeopleIcon /> : <BuildingIcon />}
      </span>
      <span className="palette__text">
        <span className="palette__name">{hit.name}</span>
        {hit.detail && <span className="palette__detail">{hit.detail}</span>}
      </span>
      <span className="palette__kind">{hit.kind === 'person' ? 'Person' : 'Partner'}</span>
    </Command.Item>
  );
}

function ActionItem({ action, onSelect }: { action: PaletteAction; onSelect: () => void }) {
  return (
    <Command.Item value={`action:${action.id}`} onSelect={onSelect} className="palette__item">
      <span className="palette__text">
        <span className="palette__name">{action.label}</span>
      </span>
      {action.shortcutKey && (
        <kbd className="palette__shortcut">{shortcutLabel(action.shortcutKey)}</kbd>
      )}
    </Command.Item>
  );
}

/**
 * cmdk's Command inside a native modal <dialog>, not Command.Dialog: that one is built on
 * Radix Dialog, which injects <style> elements our CSP refuses. showModal() makes the app
 * behind inert and keeps focus inside; closing returns focus to where it was.
 * cmdk's own filtering is off: people and partners come ranked from the search index,
 * actions from matchActions.
 */
function PaletteDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [, navigate] = useLocation();
  const { hits, ready } = useSearch(query);
  usePaintedMark('search:results', ready ? query : undefined);
  const { actions, leading } = matchActions(query);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    input.current?.focus();
    return () => {
      dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  // Close first (focus goes back where it was), then act: a new page or dialog takes it on.
  const run = (action: () => void) => () => {
    onClose();
    action();
  };
  const open = (hit: SearchHit) =>
    run(() => navigate(hit.kind === 'person' ? `/people/${hit.id}` : `/partners/${hit.id}`));

  const records = query.trim() !== '' && hits.length > 0 && (
    <Command.Group heading="People and partners">
      {hits.map((hit) => (
        <RecordItem key={`${hit.kind}:${hit.id}`} hit={hit} onSelect={open(hit)} />
      ))}
    </Command.Group>
  );
  const actionGroup = actions.length > 0 && (
    <Command.Group heading="Actions">
      {actions.map((action) => (
        <ActionItem
          key={action.id}
          action={action}
          onSelect={run(() => action.run({ navigate }))}
        />
      ))}
    </Command.Group>
  );

  return (
    <dialog
      ref={ref}
      className="palette"
      aria-label="Command palette"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      // A click on the backdrop lands on the <dialog> itself; the content covers the rest.
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <Command
        className="palette__command"
        label="Search people, partners and actions"
        shouldFilter={false}
        loop
        // cmdk's Ctrl+N/J/P/K list moves would shadow the app's own Ctrl+N and Ctrl+K.
        vimBindings={false}
      >
        <Command.Input
          className="palette__input"
          value={query}
          onValueChange={setQuery}
          placeholder="Search people, partners and actions"
          ref={input}
        />
        <Command.List className="palette__list" label="Results">
          {query.trim() && !ready && (
            <Command.Loading className="palette__empty" label="Loading people and partners">
              Loading people and partners…
            </Command.Loading>
          )}
          {ready && (
            <Command.Empty className="palette__empty">
              Nothing matches “{query.trim()}”. Try part of a name, a company, an email or a phone
              number.
            </Command.Empty>
          )}
          {leading ? actionGroup : records}
          {leading ? records : actionGroup}
        </Command.List>
        <p className="palette__hints" aria-hidden="true">
          <span>
            <kbd>↑</kbd> <kbd>↓</kbd> to move
          </span>
          <span>
            <kbd>Enter</kbd> to open
          </span>
          <span>
            <kbd>Esc</kbd> to close
          </span>
        </p>
      </Command>
    </dialog>
  );
}
