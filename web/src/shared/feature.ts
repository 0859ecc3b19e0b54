// What a feature tells the app about itself: its pages (routes) and its side-menu entries.
// Each feature's index.ts exports one `Feature`; app/features.ts lists them.
import type { AriaAttributes, ComponentType, LazyExoticComponent } from 'react';
import type { Action } from './api/types';

/** A menu icon (an @ant-design/icons component). */
export type MenuIcon = ComponentType<AriaAttributes>;

export interface FeatureRoute {
  /** Under the app root, without the leading slash: 'dang-vien/:id'. */
  path: string;
  /** The page, loaded on first visit. */
  page?: LazyExoticComponent<ComponentType>;
  /** Instead of a page: send the visitor to this address (relative to the route). */
  redirect?: string;
  /** Only users who may take this action see the page (others get a 403 page). */
  action?: Action;
}

export interface MenuEntry {
  /** The address it opens ('/dang-vien'); also its menu key. */
  path: string;
  label: string;
  icon?: MenuIcon;
  /** Position in the side menu (entries and groups, ascending). */
  order: number;
  /** The path of the group (submenu) it sits in. */
  group?: string;
  /** Shown only to users who may take this action. */
  action?: Action;
  /** Shown only to a member's own account (the account is linked to a member file). */
  ownFile?: boolean;
}

/** A submenu other features' entries may join ("Sinh hoạt", "Quản trị"). */
export interface MenuGroup {
  path: string;
  label: string;
  icon?: MenuIcon;
  order: number;
  action?: Action;
}

export interface Feature {
  name: string;
  routes: FeatureRoute[];
  menu?: MenuEntry[];
  menuGroups?: MenuGroup[];
}
