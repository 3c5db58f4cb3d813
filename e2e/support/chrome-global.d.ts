/**
 * The few `chrome.*` calls e2e specs make inside `evaluate` (in the extension's worker or
 * pages). Only types; there is no @types/chrome in this project.
 */
declare namespace chrome {
  namespace runtime {
    function getManifest(): { name: string; manifest_version: number; version: string };
    function sendMessage(message: unknown): Promise<unknown>;
    function getURL(path: string): string;
  }
  namespace tabs {
    interface Tab {
      id?: number;
      url?: string;
      active: boolean;
      incognito: boolean;
    }
    function query(q: { active?: boolean; url?: string | string[] }): Promise<Tab[]>;
    function sendMessage(tabId: number, message: unknown): Promise<unknown>;
  }
  namespace commands {
    function getAll(): Promise<Array<{ name?: string; shortcut?: string; description?: string }>>;
  }
  namespace action {
    function getBadgeText(details: { tabId?: number }): Promise<string>;
  }
  namespace storage {
    namespace local {
      function get(keys: string[] | null): Promise<Record<string, unknown>>;
      function set(items: Record<string, unknown>): Promise<void>;
    }
  }
}
