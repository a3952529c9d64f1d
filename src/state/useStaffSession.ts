import { useStore } from 'zustand';
import { createStaffApi, type StaffApi } from '../data/staff-api';
import { storeContext } from '../data/store-context';
import { createStaffSessionStore, type StaffSessionState, type StaffSessionStore } from './staff-session';

let api: StaffApi | null = null;
let store: StaffSessionStore | null = null;

/** This page's staff API (server mode only: the studio, labels and counter call it after login). */
export function staffApi(): StaffApi {
  api ??= createStaffApi(storeContext.storeId ?? '');
  return api;
}

/** The page's one staff session, made on first use (a shopper page never creates it). */
export function staffSessionStore(): StaffSessionStore {
  store ??= createStaffSessionStore(staffApi());
  return store;
}

/** Reads the staff session with a selector. */
export function useStaffSession<T>(selector: (state: StaffSessionState) => T): T {
  return useStore(staffSessionStore(), selector);
}
