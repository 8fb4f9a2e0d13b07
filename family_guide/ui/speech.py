"""Speech engines for read-aloud: the operating system's own voices, or a fake one for tests.

We call the system's speech program directly instead of QtTextToSpeech. QtTextToSpeech lives in
PySide6-Addons 6.12: a 59 MB download, 161 MB installed, that every pip install would carry for one
feature. In the frozen app its own files are small (module 161 KB, library 127 KB, speechd plugin
56 KB) but libQt6TextToSpeech needs QtMultimedia (2.0 MB) and QtNetwork (2.2 MB, which
packaging/family_guide.spec leaves out today), about 4.5 MB, and some 21 MB more if PyInstaller's
QtMultimedia hook collects the FFmpeg backend (libavcodec alone is 15 MB); on Linux its speechd
plugin also needs libspeechd. Measured 2026-12-03 from the manylinux x86_64 wheel. The system
programs cost nothing to ship: speech-dispatcher's ``spd-say`` on Linux, ``say`` on macOS and
Windows' own SAPI voices through PowerShell (System.Speech). Each engine speaks one sentence at
a time and says when it is done, which is all read-aloud needs to highlight, pause (between
sentences), stop and change speed on every system alike (docs/translating.md; issue 15).

Content text is passed to the speech program, never journal text; no network is involved.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

from PySide6.QtCore import QObject, QProcess, Signal

from family_guide.core.read_aloud import voice_languages

# A language code as the app writes it ("ur", "pt-BR"): checked before it goes into a command.
_CODE = re.compile(r"[a-z]{2,3}(-[A-Z]{2})?")


class SpeechEngine(QObject):
    """Speaks one text at a time. ``finished`` follows each ``say`` that was not stopped."""

    finished = Signal()

    def has_voice(self, language: str) -> bool:
        return language.split("-")[0] in self.languages()

    def languages(self) -> set[str]:
        """Two-letter codes of the languages an installed voice speaks."""
        raise NotImplementedError

    def say(self, text: str, language: str, rate: float) -> None:
        """Speak ``text`` with a voice for ``language``; ``rate`` from -1 (slow) to 1 (fast)."""
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError


class FakeSpeechEngine(SpeechEngine):
    """For tests: records what it was asked to say; ``finish()`` ends the current sentence."""

    def __init__(self, languages: set[str] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._languages = {"en"} if languages is None else set(languages)
        self.said: list[tuple[str, str, float]] = []
        self.speaking = False
        self.stops = 0

    def languages(self) -> set[str]:
        return self._languages

    def say(self, text: str, language: str, rate: float) -> None:
        self.said.append((text, language, rate))
        self.speaking = True

    def stop(self) -> None:
        self.stops += 1
        self.speaking = False

    def finish(self) -> None:
        if self.speaking:
            self.speaking = False
            self.finished.emit()


class ProcessSpeechEngine(SpeechEngine):
    """Runs the system's speech program once per sentence; its exit means the sentence is done."""

    def __init__(self, program: str, parent: QObject | None = None):
        super().__init__(parent)
        self.program = program
        self._languages: set[str] | None = None
        self._process: QProcess | None = None

    def languages(self) -> set[str]:
        if self._languages is None:  # asked once, when read-aloud is first used (not at start-up)
            try:
                listing = subprocess.run(
                    self.list_command(), capture_output=True, text=True, timeout=5, check=False
                ).stdout
            except (OSError, subprocess.SubprocessError):
                listing = ""
            self._languages = self.parse_languages(listing)
        return self._languages

    def list_command(self) -> list[str]:
        raise NotImplementedError

    @staticmethod
    def parse_languages(listing: str) -> set[str]:
        raise NotImplementedError

    def arguments(self, text: str, language: str, rate: float) -> list[str]:
        raise NotImplementedError

    def stdin_text(self, text: str) -> str | None:
        return None

    def say(self, text: str, language: str, rate: float) -> None:
        self.stop()  # one sentence at a time
        process = QProcess(self)
        process.finished.connect(lambda *_: self._done(process))
        self._process = process
        process.start(self.program, self.arguments(text, language, rate))
        feed = self.stdin_text(text)
        if feed is not None:
            process.write(feed.encode("utf-8"))
            process.closeWriteChannel()

    def _done(self, process: QProcess) -> None:
        if process is self._process:  # not one that was stopped
            self._process = None
            self.finished.emit()
        process.deleteLater()

    def stop(self) -> None:
        self._kill()

    def _kill(self) -> bool:
        """End the sentence being spoken; True if there was one."""
        process, self._process = self._process, None
        if process is not None and process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            return True
        return False


class SpdSayEngine(ProcessSpeechEngine):
    """Linux: speech-dispatcher. ``--wait`` makes spd-say exit when the sentence has been spoken."""

    def list_command(self) -> list[str]:
        return [self.program, "--list-synthesis-voices"]

    @staticmethod
    def parse_languages(listing: str) -> set[str]:
        # "NAME  LANGUAGE  VARIANT" lines, such as "Spanish  es  none"
        return {
            m.group(1).lower() for m in re.finditer(r"^\S.*?\s([a-zA-Z]{2,3})(?:[-_]\w+)?\s+\S+\s*$", listing, re.M)
        }

    def arguments(self, text: str, language: str, rate: float) -> list[str]:
        # speech-dispatcher takes BCP-47 codes ("pt-BR": a Brazilian voice where the synthesizer has
        # one, else its Portuguese); a code it does not know falls back to its default voice.
        code = next((c for c in voice_languages(language) if _CODE.fullmatch(c)), "en")
        return ["--wait", "-l", code, "-r", str(round(rate * 100)), "--", text]

    def stop(self) -> None:
        if self._kill():  # the speech server may still be speaking what the killed spd-say sent it
            QProcess.startDetached(self.program, ["--stop"])


class MacSayEngine(ProcessSpeechEngine):
    """macOS: ``say``, with the first voice of the language (``say -v ?`` lists them)."""

    def list_command(self) -> list[str]:
        return [self.program, "-v", "?"]

    @staticmethod
    def parse_languages(listing: str) -> set[str]:
        return {m.group(2).lower() for m in re.finditer(r"^(.+?)\s+([a-z]{2,3})[_-]\w+\s+#", listing, re.M)}

    def _voice(self, language: str) -> str | None:
        if not hasattr(self, "_voices"):  # listed once, not before every sentence
            try:
                listing = subprocess.run(
                    self.list_command(), capture_output=True, text=True, timeout=5, check=False
                ).stdout
            except (OSError, subprocess.SubprocessError):
                listing = ""
            self._voices: dict[str, str] = {}  # the first voice of each language and of each locale
            for match in re.finditer(r"^(.+?)\s+(([a-z]{2,3})[_-](\w+))\s+#", listing, re.M):
                name = match.group(1).strip()
                self._voices.setdefault(f"{match.group(3)}-{match.group(4)}", name)  # pt-BR: Luciana
                self._voices.setdefault(match.group(3), name)
        return next((self._voices[code] for code in voice_languages(language) if code in self._voices), None)

    def arguments(self, text: str, language: str, rate: float) -> list[str]:
        voice = self._voice(language)
        words_per_minute = round(180 * (1 + rate * 0.6))
        return [*(["-v", voice] if voice else []), "-r", str(words_per_minute), "--", text]


# UTF-8 in and out: PowerShell reads stdin in the console's code page otherwise, which garbles
# Spanish accents, Arabic and Hindi.
_SAPI = (
    "[Console]::InputEncoding = [Text.Encoding]::UTF8; [Console]::OutputEncoding = [Text.Encoding]::UTF8; "
    "Add-Type -AssemblyName System.Speech; $s = New-Object System.Speech.Synthesis.SpeechSynthesizer; "
)


class SapiEngine(ProcessSpeechEngine):
    """Windows: the SAPI voices through PowerShell's System.Speech. The sentence goes in on stdin,
    so no text is ever put together into a command line."""

    def list_command(self) -> list[str]:
        script = _SAPI + "$s.GetInstalledVoices() | % { $_.VoiceInfo.Culture.TwoLetterISOLanguageName }"
        return [self.program, "-NoProfile", "-NonInteractive", "-Command", script]

    @staticmethod
    def parse_languages(listing: str) -> set[str]:
        return {line.strip().lower() for line in listing.splitlines() if re.fullmatch(r"[a-zA-Z]{2,3}", line.strip())}

    def arguments(self, text: str, language: str, rate: float) -> list[str]:
        code = next((c for c in voice_languages(language) if _CODE.fullmatch(c)), "en")
        base = code.split("-")[0]
        # A voice of the exact culture first (pt-BR), else any of the language (pt).
        script = (
            _SAPI
            + "$all = $s.GetInstalledVoices(); "
            + f"$v = $all | ? {{ $_.VoiceInfo.Culture.Name -eq '{code}' }} | select -First 1; "
            + f"if (-not $v) {{ $v = $all | ? {{ $_.VoiceInfo.Culture.TwoLetterISOLanguageName -eq '{base}' }} "
            + "| select -First 1 }; if ($v) { $s.SelectVoice($v.VoiceInfo.Name) }; "
            + f"$s.Rate = {round(rate * 10)}; $s.Speak([Console]::In.ReadToEnd())"
        )
        return ["-NoProfile", "-NonInteractive", "-Command", script]

    def stdin_text(self, text: str) -> str | None:
        return text


class NoSpeechEngine(SpeechEngine):
    """No speech program on this system: read-aloud says there is no voice."""

    def languages(self) -> set[str]:
        return set()

    def say(self, text: str, language: str, rate: float) -> None:
        pass

    def stop(self) -> None:
        pass


def system_engine(parent: QObject | None = None) -> SpeechEngine:
    """The speech engine of this system (looked up when read-aloud is first used)."""
    if sys.platform == "darwin" and shutil.which("say"):
        return MacSayEngine(shutil.which("say"), parent)
    if sys.platform == "win32" and shutil.which("powershell"):
        return SapiEngine(shutil.which("powershell"), parent)
    spd_say = shutil.which("spd-say")
    if spd_say:
        return SpdSayEngine(spd_say, parent)
    return NoSpeechEngine(parent)
