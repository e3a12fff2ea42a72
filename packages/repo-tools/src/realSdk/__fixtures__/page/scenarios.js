// The scenarios the harness runs inside the page, against whichever VideoSDK build
// the page loaded (window.VideoSDK): js-sdk 1.1.1 or 0.3.6. Only public SDK calls,
// no SDK code replaced. Each scenario returns plain data, which is what crosses to
// Node: an Error or a MediaStream would arrive there as an empty object.
(() => {
  // A hang guard, not a stopwatch: every wait here ends in a result long before it.
  const HANG_GUARD_MS = 30_000;

  function within(promise, what) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`hang guard: ${what} did not settle in ${HANG_GUARD_MS} ms`)),
        HANG_GUARD_MS,
      );
      promise.then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  }

  /** What Node sees of a value the SDK resolved, returned or threw. */
  function describe(value) {
    if (value instanceof Error) {
      return {
        type: 'error',
        className: value.constructor.name,
        name: value.name,
        code: value.code,
        message: value.message,
      };
    }
    if (value instanceof MediaStream) {
      const tracks = value.getTracks();
      for (const track of tracks) track.stop();
      return { type: 'MediaStream', tracks: tracks.map((track) => track.kind) };
    }
    if (value === null) return { type: 'null' };
    return { type: typeof value };
  }

  function settle(promise, what) {
    return within(
      promise.then(
        (value) => ({ outcome: 'resolved', value: describe(value) }),
        (error) => ({ outcome: 'rejected', value: describe(error) }),
      ),
      what,
    );
  }

  function offlineMeeting() {
    // Any non-empty token passes config(); only the server could refuse it.
    VideoSDK.config('offline-harness-token');
    return VideoSDK.initMeeting({
      meetingId: 'offl-ine0-harn',
      name: 'Harness',
      micEnabled: false,
      webcamEnabled: false,
    });
  }

  window.realSdk = {
    /** The capture devices Chromium offers the page, by kind. */
    async inputDevices() {
      const devices = await navigator.mediaDevices.enumerateDevices();
      return devices
        .map((device) => device.kind)
        .filter((kind) => kind.endsWith('input'))
        .sort();
    },

    /** The SDK's own list of error names and codes (`VideoSDK.Constants.errors`). */
    errorCodes() {
      return { ...VideoSDK.Constants.errors };
    },

    createCameraVideoTrack() {
      return settle(VideoSDK.createCameraVideoTrack({}), 'createCameraVideoTrack()');
    },

    createMicrophoneAudioTrack() {
      return settle(VideoSDK.createMicrophoneAudioTrack({}), 'createMicrophoneAudioTrack()');
    },

    /** `meeting.on` with an event name the SDK does not have. */
    onUnknownEvent() {
      const meeting = offlineMeeting();
      try {
        return { outcome: 'returned', value: describe(meeting.on('no-such-event', () => {})) };
      } catch (error) {
        return { outcome: 'threw', value: describe(error) };
      }
    },

    /**
     * `meeting.join()` with every request outside the page's own server refused.
     * Records every `error` and `meeting-state-changed` event in order, and waits for
     * the FAILED state: both SDKs set it as the last step of a failed join, after
     * any error event.
     */
    async joinOffline() {
      const meeting = offlineMeeting();
      const events = [];
      let sawFailed;
      const failed = new Promise((resolve) => {
        sawFailed = resolve;
      });
      meeting.on('error', (payload) => {
        events.push({ event: 'error', payload: { ...payload } });
      });
      meeting.on('meeting-state-changed', (payload) => {
        events.push({ event: 'meeting-state-changed', payload: { ...payload } });
        if (payload.state === 'FAILED') sawFailed();
      });
      const returned = meeting.join();
      const call =
        returned instanceof Promise
          ? await settle(returned, 'join()')
          : { outcome: 'returned', value: describe(returned) };
      await within(failed, 'the FAILED meeting state');
      return { call, events };
    },
  };
})();
