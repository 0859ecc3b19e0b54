import type { MenuProps } from 'antd';
import { createElement } from 'react';
import type { Action } from '../../shared/api/types';
import type { MenuEntry, MenuGroup } from '../../shared/feature';
import { FEATURES } from '../features';

type MenuItem = Required<MenuProps>['items'][number];

interface Module {
  path: string;
  label: string;
  icon?: MenuEntry['icon'];
  order: number;
  action?: Action;
  ownFile?: boolean;
  children?: MenuEntry[];
}

/** The side menu's modules, in order: the features' entries, those of a group inside it. */
function modules(): Module[] {
  const groups = FEATURES.flatMap((f) => f.menuGroups ?? []);
  const entries = FEATURES.flatMap((f) => f.menu ?? []);
  const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;
  const grouped = (g: MenuGroup): Module => ({ ...g, children: entries.filter((e) => e.group === g.path).sort(byOrder) });
  return [...groups.map(grouped), ...entries.filter((e) => !e.group)].sort(byOrder);
}

export const MODULES: readonly Module[] = modules();

/** A submenu's key: distinct from its entries' paths ("Sinh hoạt" has an entry at its own path). */
export function submenuKey(path: string): string {
  return `menu:${path}`;
}

const icon = (m: Module | MenuEntry) => (m.icon ? createElement(m.icon, { 'aria-hidden': true }) : undefined);

/** The menu of a user who may take the actions `can` allows. */
export function menuItems(can: (action: Action) => boolean, ownFile = false): MenuItem[] {
  const shown = (m: { action?: Action; ownFile?: boolean }) => (!m.action || can(m.action)) && (!m.ownFile || ownFile);
  return MODULES.filter(shown).map((m) =>
    m.children
      ? {
          key: submenuKey(m.path),
          label: m.label,
          icon: icon(m),
          children: m.children.filter(shown).map((c) => ({ key: c.path, label: c.label })),
        }
      : { key: m.path, label: m.label, icon: icon(m) },
  );
}

/** The menu keys to highlight for a location: the longest entry path that prefixes it. */
export function selectedKeys(pathname: string): string[] {
  const all = MODULES.flatMap((m) => [m.path, ...(m.children?.map((c) => c.path) ?? [])]);
  // "/" is the home page only, not a prefix of every route.
  const hits = all.filter((p) => pathname === p || (p !== '/' && pathname.startsWith(p + '/')));
  hits.sort((a, b) => b.length - a.length);
  return hits.length > 0 ? [hits[0]!] : [];
}

/** The submenu to open for a location. */
export function openKeys(pathname: string): string[] {
  const under = (p: string) => pathname === p || pathname.startsWith(p + '/');
  return MODULES.filter((m) => m.children && (under(m.path) || m.children.some((c) => under(c.path)))).map((m) => submenuKey(m.path));
}
