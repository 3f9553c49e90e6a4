import { registerSW } from 'virtual:pwa-register';

const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Service-worker registration (workbox-window under virtual:pwa-register). An
 * installed app rarely navigates, so it also checks for updates hourly and when
 * it comes back to the foreground. It never reloads by itself: the user does,
 * from the prompt.
 */
class ServiceWorkerStatus {
	needRefresh = $state(false);
	offlineReady = $state(false);
	#update: ((reload?: boolean) => Promise<void>) | undefined;

	start() {
		if (this.#update || !('serviceWorker' in navigator)) return;
		this.#update = registerSW({
			immediate: true,
			onNeedRefresh: () => (this.needRefresh = true),
			onOfflineReady: () => (this.offlineReady = true),
			onRegisteredSW: (_url, registration) => {
				if (!registration) return;
				const check = () => {
					if (navigator.onLine && registration.installing === null) {
						registration.update().catch(() => undefined);
					}
				};
				setInterval(check, UPDATE_CHECK_MS);
				document.addEventListener('visibilitychange', () => {
					if (document.visibilityState === 'visible') check();
				});
			}
		});
	}

	/** Activates the waiting worker and reloads into the new version. */
	async applyUpdate() {
		await this.#update?.(true);
	}

	dismiss() {
		this.needRefresh = false;
		this.offlineReady = false;
	}
}

export const serviceWorker = new ServiceWorkerStatus();
