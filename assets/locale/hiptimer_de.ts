<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>audio</name>
        <message>
            <location filename="../../hiptimer/audio.py" />
            <source>No sound: no audio player was found (install GStreamer's gst-play-1.0 or FFmpeg's ffplay). The session runs without sound.</source>
            <translation>Kein Ton: Es wurde kein Audioplayer gefunden (installiere gst-play-1.0 von GStreamer oder ffplay von FFmpeg). Die Einheit läuft ohne Ton.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/audio.py" />
            <source>No sound: the audio player keeps failing ({detail}). The session runs without sound.</source>
            <translation>Kein Ton: Der Audioplayer schlägt immer wieder fehl ({detail}). Die Einheit läuft ohne Ton.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/audio.py" />
            <source>No sound: the audio player keeps failing (exit status {code}). The session runs without sound.</source>
            <translation>Kein Ton: Der Audioplayer schlägt immer wieder fehl (Exit-Status {code}). Die Einheit läuft ohne Ton.</translation>
        </message>
    </context>
    <context>
        <name>awake_macos</name>
        <message>
            <location filename="../../hiptimer/awake_macos.py" />
            <source>{program} was not found (it is in {folder} on macOS); the screen may go dark during a run</source>
            <translation>{program} wurde nicht gefunden (unter macOS liegt es in {folder}); der Bildschirm kann während einer Einheit dunkel werden</translation>
        </message>
        <message>
            <location filename="../../hiptimer/awake_macos.py" />
            <source>{program} could not be started ({detail}); the screen may go dark during a run</source>
            <translation>{program} konnte nicht gestartet werden ({detail}); der Bildschirm kann während einer Einheit dunkel werden</translation>
        </message>
        <message>
            <location filename="../../hiptimer/awake_macos.py" />
            <source>{program} stopped by itself (exit status {status}); the screen may go dark until the run is paused and resumed</source>
            <translation>{program} hat sich selbst beendet (Exit-Status {status}); der Bildschirm kann dunkel werden, bis die Einheit pausiert und fortgesetzt wird</translation>
        </message>
    </context>
    <context>
        <name>awake_windows</name>
        <message>
            <location filename="../../hiptimer/awake_windows.py" />
            <source>Windows refused to keep the screen on ({call} failed); it may go dark during a run</source>
            <translation>Windows lässt den Bildschirm nicht eingeschaltet ({call} fehlgeschlagen); er kann während einer Einheit dunkel werden</translation>
        </message>
        <message>
            <location filename="../../hiptimer/awake_windows.py" />
            <source>the screen was not let go: {call} must be called from the thread that held it (the GUI thread)</source>
            <translation>der Bildschirm wurde nicht freigegeben: {call} muss aus dem Thread aufgerufen werden, der ihn gehalten hat (dem GUI-Thread)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/awake_windows.py" />
            <source>cannot keep the screen on: {library} not available ({detail})</source>
            <translation>Bildschirm kann nicht eingeschaltet bleiben: {library} nicht verfügbar ({detail})</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>Follow-along hip-strength warm-up for runners. Lie on the mat, follow the
big countdown and the cues, and go run.

SESSION is a session file in TOML (see docs/session-format.md). Without it,
your own copy of the default session is used if you saved one, otherwise the
bundled config.toml.</source>
            <translation>Hüftkraft-Aufwärmen zum Mitmachen für Läuferinnen und Läufer. Leg dich auf die
Matte, folge dem großen Countdown und den Ansagen – und dann ab zum Laufen.

SESSION ist ein Programm als TOML-Datei (siehe docs/session-format.md). Ohne
sie wird deine eigene Kopie des Standardprogramms genutzt, falls du eine
gespeichert hast, sonst die mitgelieferte config.toml.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>keys in the window:
  Space   start / pause / resume, and "done" on self-paced reps
  Right   skip to the next phase      Left   back (restart or previous phase)
  R       restart the session         M      mute or unmute
  F11     full screen                 Esc    leave full screen
  Ctrl+O  open a session              Ctrl+E edit the session
  Ctrl+Q  quit

examples:
  hiptimer --check                 print the default session's plan
  hiptimer --reps 12 --rounds 2    12 reps of everything, two rounds
  hiptimer my-warmup.toml --scale 0.5 --mute</source>
            <translation>Tasten im Fenster:
  Leertaste     Start / Pause / Weiter, und „fertig“ bei Wdh. im eigenen Tempo
  Pfeil rechts  zur nächsten Phase    Pfeil links  zurück (Phase neu oder vorige)
  R             Programm neu starten  M            Ton aus / an
  F11           Vollbild              Esc          Vollbild verlassen
  Strg+O        Programm öffnen       Strg+E       Programm bearbeiten
  Strg+Q        beenden

Beispiele:
  hiptimer --check                 Ablauf des Standardprogramms ausgeben
  hiptimer --reps 12 --rounds 2    12 Wiederholungen bei allem, zwei Runden
  hiptimer my-warmup.toml --scale 0.5 --mute</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>usage: </source>
            <translation>Aufruf: </translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>{program}: error: {message}
</source>
            <translation>{program}: Fehler: {message}
</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>'{text}' is not a number</source>
            <translation>„{text}“ ist keine Zahl</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>{problem}, got {text}</source>
            <translation>{problem}, ist aber {text}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>must be from 0.25 to 4, got {text}</source>
            <translation>muss zwischen 0.25 und 4 liegen, ist aber {text}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>positional arguments</source>
            <translation>Positionsargumente</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>show this help and exit</source>
            <translation>diese Hilfe zeigen und beenden</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>session file to run (default: config.toml)</source>
            <translation>auszuführende Programmdatei (Standard: config.toml)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>set every move's rep count to N for this run</source>
            <translation>Wiederholungen jeder Übung diesmal auf N setzen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>do the circuit N times for this run</source>
            <translation>den Zirkel diesmal N-mal durchlaufen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>multiply reps and hold times by F for this run (0.25 to 4)</source>
            <translation>Wiederholungen und Haltezeiten diesmal mit F multiplizieren (0.25 bis 4)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>check the session, print its plan and total time, and exit</source>
            <translation>Programm prüfen, Ablauf und Gesamtzeit ausgeben und beenden</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>start with sound off</source>
            <translation>ohne Ton starten</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>start in full screen</source>
            <translation>im Vollbild starten</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>start the session straight away instead of on Space</source>
            <translation>Programm sofort starten statt erst mit der Leertaste</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>show and speak hiptimer in LANG ({codes}) instead of the system's language</source>
            <translation>hiptimer in LANG ({codes}) anzeigen und sprechen statt in der Systemsprache</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>print the last weeks of warm-ups and what to change in the session used last, and exit</source>
            <translation>die letzten Wochen Aufwärmen ausgeben und was sich am zuletzt genutzten Programm ändern sollte, dann beenden</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>put hiptimer in your desktop's menu (for this user) and exit</source>
            <translation>hiptimer ins Menü deines Desktops eintragen (für diesen Benutzer) und beenden</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>take hiptimer out of the menu again and exit</source>
            <translation>hiptimer wieder aus dem Menü entfernen und beenden</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>show the version and exit</source>
            <translation>Version zeigen und beenden</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source> (about {seconds:g} s)</source>
            <translation> (etwa {seconds:g} s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>{reps} each side, alternating</source>
            <translation>{reps} pro Seite, abwechselnd</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>{each}, self-paced{about}</source>
            <translation>{each}, eigenes Tempo{about}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/cli.py" />
            <source>%n rep(s), self-paced</source>
            <translation>
                <numerusform>%n Wiederholung, eigenes Tempo</numerusform>
                <numerusform>%n Wiederholungen, eigenes Tempo</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>until done (about {seconds:g} s)</source>
            <translation>bis fertig (etwa {seconds:g} s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>{seconds:g} s (rest of every {every:g} s)</source>
            <translation>{seconds:g} s (Rest des Intervalls von {every:g} s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>get ready</source>
            <translation>Vorbereitung</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>switch</source>
            <translation>Seitenwechsel</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>rest</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>round rest</source>
            <translation>Rundenpause</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>done</source>
            <translation>Ende</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>left</source>
            <translation>links</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>right</source>
            <translation>rechts</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>work</source>
            <translation>Belastung</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>hold</source>
            <translation>Halten</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>reps</source>
            <translation>Wdh.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/cli.py" />
            <source>%n round(s)</source>
            <translation>
                <numerusform>%n Runde</numerusform>
                <numerusform>%n Runden</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>one side then the other, {side} first</source>
            <translation>eine Seite, dann die andere, zuerst {side}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>at</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>move</source>
            <translation>Übung</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>side</source>
            <translation>Seite</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>round</source>
            <translation>Runde</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>amount</source>
            <translation>Menge</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>set</source>
            <translation>Satz</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>(next: {move})</source>
            <translation>(als Nächstes: {move})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>alternate</source>
            <translation>abwechselnd</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>Total {time} (self-paced reps estimated): {phases}, {moves}</source>
            <translation>Gesamt {time} (Wdh. im eigenen Tempo geschätzt): {phases}, {moves}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>Total {time}: {phases}, {moves}</source>
            <translation>Gesamt {time}: {phases}, {moves}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/cli.py" />
            <source>%n work phase(s)</source>
            <translation>
                <numerusform>%n Übungsphase</numerusform>
                <numerusform>%n Übungsphasen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/cli.py" />
            <source>%n move(s)</source>
            <translation>
                <numerusform>%n Übung</numerusform>
                <numerusform>%n Übungen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>No warm-ups recorded yet (no history at {path}).</source>
            <translation>Noch keine Einheiten aufgezeichnet (kein Verlauf unter {path}).</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>History: {path}</source>
            <translation>Verlauf: {path}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>week of</source>
            <translation>Woche ab</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>runs</source>
            <translation>Einheiten</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>skipped</source>
            <translation>übersprungen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>hip work</source>
            <translation>Hüfttraining</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>this week: {summary}</source>
            <translation>diese Woche: {summary}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>{session}, used last on {when}, is not a file: no suggestions.</source>
            <translation>{session}, zuletzt genutzt am {when}, ist keine Datei: keine Vorschläge.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>Suggestions for {file}: the session cannot be read now:</source>
            <translation>Vorschläge für {file}: das Programm lässt sich gerade nicht lesen:</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>{session} ({file}), used last on {when}:</source>
            <translation>{session} ({file}), zuletzt genutzt am {when}:</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>no progression rules in this session (see docs/session-format.md, "Progression")</source>
            <translation>keine Steigerungsregeln in diesem Programm (siehe docs/session-format.md, „Progression“)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>no change suggested yet: rate your runs when you finish them</source>
            <translation>noch keine Änderung vorgeschlagen: bewerte deine Einheiten, wenn du fertig bist</translation>
        </message>
    </context>
    <context>
        <name>cues</name>
        <message numerus="yes">
            <location filename="../../hiptimer/cues.py" />
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n Minute</numerusform>
                <numerusform>%n Minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/cues.py" />
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n Sekunde</numerusform>
                <numerusform>%n Sekunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/cues.py" />
            <source>%n rep(s) each side</source>
            <translation>
                <numerusform>%n Wiederholung pro Seite</numerusform>
                <numerusform>%n Wiederholungen pro Seite</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>alternating legs, left first</source>
            <translation>Beine abwechselnd, links zuerst</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>alternating legs, right first</source>
            <translation>Beine abwechselnd, rechts zuerst</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/cues.py" />
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n Wiederholung</numerusform>
                <numerusform>%n Wiederholungen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>hold {seconds}</source>
            <translation>{seconds} halten</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>hold</source>
            <translation>halten</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>set {set} of {sets}</source>
            <translation>Satz {set} von {sets}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>at your own pace</source>
            <translation>in deinem Tempo</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>, </source>
            <comment>between the parts of a spoken prompt</comment>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>{round}. {prompt}</source>
            <translation>{round}. {prompt}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>last round</source>
            <translation>letzte Runde</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>round {round} of {rounds}</source>
            <translation>Runde {round} von {rounds}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source> — next: set {set} of {sets}</source>
            <translation> — als Nächstes: Satz {set} von {sets}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source> — next up: {move}</source>
            <translation> — als Nächstes: {move}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>switch sides</source>
            <translation>Seite wechseln</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>rest</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>{session}, get ready</source>
            <translation>{session}, mach dich bereit</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>done — go run!</source>
            <translation>geschafft — ab zum Laufen!</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>last one</source>
            <translation>und die letzte</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>halfway</source>
            <translation>Halbzeit</translation>
        </message>
    </context>
    <context>
        <name>desktop</name>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>the path {path} has a control character, which a desktop entry cannot hold</source>
            <translation>der Pfad {path} enthält ein Steuerzeichen, das ein Desktop-Eintrag nicht aufnehmen kann</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>the shipped desktop entry has no {group} group with {key}</source>
            <translation>dem mitgelieferten Desktop-Eintrag fehlt die Gruppe {group} mit {key}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>{path} is already there and was not written by hiptimer; move it away to install hiptimer's</source>
            <translation>{path} existiert schon und stammt nicht von hiptimer; verschiebe die Datei, um den Eintrag von hiptimer zu installieren</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>cannot make the folder {folder}: a file of that name, or of a folder above it, is in the way</source>
            <translation>Ordner {folder} kann nicht angelegt werden: eine Datei mit diesem Namen oder dem eines übergeordneten Ordners ist im Weg</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>hiptimer: desktop entries are for Linux and other freedesktop desktops; this system's menus do not read them</source>
            <translation>hiptimer: Desktop-Einträge gibt es für Linux und andere freedesktop-Desktops; die Menüs dieses Systems lesen sie nicht</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>hiptimer: cannot install the desktop entry: {error}</source>
            <translation>hiptimer: Desktop-Eintrag kann nicht installiert werden: {error}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>wrote {path} (it runs {command})</source>
            <translation>{path} geschrieben (startet {command})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>wrote {path}</source>
            <translation>{path} geschrieben</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>hiptimer is in your desktop's menu now; {command} takes it out again.</source>
            <translation>hiptimer steht jetzt im Menü deines Desktops; mit {command} nimmst du es wieder heraus.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>hiptimer: cannot remove the desktop entry: {error}</source>
            <translation>hiptimer: Desktop-Eintrag kann nicht entfernt werden: {error}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>removed {path}</source>
            <translation>{path} entfernt</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>left {path} alone: hiptimer did not write it</source>
            <translation>{path} nicht angetastet: die Datei stammt nicht von hiptimer</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>nothing to remove: no desktop entry of hiptimer in {folder}</source>
            <translation>nichts zu entfernen: kein Desktop-Eintrag von hiptimer in {folder}</translation>
        </message>
    </context>
    <context>
        <name>editing</name>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>New move</source>
            <translation>Neue Übung</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{amount} each side</source>
            <translation>{amount} pro Seite</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{amount} left side</source>
            <translation>{amount} linke Seite</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{amount} right side</source>
            <translation>{amount} rechte Seite</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{amount} alternating</source>
            <translation>{amount} abwechselnd</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>hiptimer uses by default</source>
            <translation>aus den hiptimer-Standards</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>set for the whole session</source>
            <translation>für das ganze Programm</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>set for the block</source>
            <translation>für den Block</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>of the built-in move</source>
            <translation>der eingebauten Übung</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>of your own move (moves.toml)</source>
            <translation>deiner eigenen Übung (moves.toml)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>of the session's library move</source>
            <translation>der Bibliotheksübung des Programms</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>from session</source>
            <translation>vom Programm</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>from block</source>
            <translation>vom Block</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>built-in move</source>
            <translation>eingebaute Übung</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>your move</source>
            <translation>deine Übung</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>library move</source>
            <translation>Bibliotheksübung</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>line {line}: {problem}</source>
            <translation>Zeile {line}: {problem}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Only for a move you end yourself: reps at your own pace, or a hold or work until you say done</source>
            <translation>Nur für eine Übung, die du selbst beendest: Wiederholungen im eigenen Tempo, oder Halten bzw. Belastung, bis du „fertig“ sagst</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>The block is done one side, then the other: its first side applies</source>
            <translation>Der Block läuft erst auf einer Seite, dann auf der anderen: seine erste Seite gilt</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>With an interval, the rest is what is left of each interval</source>
            <translation>Mit Intervall ist die Pause der Rest jedes Intervalls</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>A move you end yourself has no dose to change</source>
            <translation>Eine Übung, die du selbst beendest, hat keinen Umfang zum Ändern</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Block {number}</source>
            <translation>Block {number}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Unnamed move</source>
            <translation>Unbenannte Übung</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/editing.py" />
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n Wdh.</numerusform>
                <numerusform>%n Wdh.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{seconds:g} s work</source>
            <translation>{seconds:g} s Belastung</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{seconds:g} s</source>
            <translation>{seconds:g} s</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>until done</source>
            <translation>bis fertig</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{sets} × {amount}</source>
            <translation>{sets} × {amount}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Move {number} of {count} in block {block}</source>
            <translation>Übung {number} von {count} in Block {block}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Move {number} of {count}</source>
            <translation>Übung {number} von {count}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Whole session</source>
            <translation>Ganzes Programm</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Remove this move</source>
            <translation>Diese Übung entfernen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>A session needs at least one move</source>
            <translation>Ein Programm braucht mindestens eine Übung</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Remove this block and its moves</source>
            <translation>Diesen Block samt Übungen entfernen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Built-in session: saves to your own copy, {file}</source>
            <translation>Eingebautes Programm: wird als eigene Kopie gespeichert, {file}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Saves to {file}</source>
            <translation>Speichert in {file}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/editing.py" />
            <source>{problem} (and %n more)</source>
            <translation>
                <numerusform>{problem} (und %n weiteres)</numerusform>
                <numerusform>{problem} (und %n weitere)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/editing.py" />
            <source>⚠ %n problem(s) to fix before saving — {problem}</source>
            <translation>
                <numerusform>⚠ %n Problem vor dem Speichern beheben — {problem}</numerusform>
                <numerusform>⚠ %n Probleme vor dem Speichern beheben — {problem}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>✓ Ready to save</source>
            <translation>✓ Bereit zum Speichern</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Total {time} (self-paced reps estimated)</source>
            <translation>Gesamt {time} (Wdh. im eigenen Tempo geschätzt)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Total {time}</source>
            <translation>Gesamt {time}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Total —</source>
            <translation>Gesamt —</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Edit “{name}”</source>
            <translation>„{name}“ bearbeiten</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Edit session</source>
            <translation>Programm bearbeiten</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>This move has problems to fix before it can be kept in your moves.</source>
            <translation>Diese Übung hat Probleme, die du beheben musst, bevor sie in deine Übungen kann.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>cannot create {folder}</source>
            <translation>{folder} kann nicht angelegt werden</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{file} changed while your move was being saved; it was not overwritten. Try again.</source>
            <translation>{file} hat sich geändert, während deine Übung gespeichert wurde; die Datei wurde nicht überschrieben. Versuch es noch einmal.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{file} was not saved: it cannot be read as TOML ({error}); fix it in a text editor first. Nothing was changed.</source>
            <translation>{file} wurde nicht gespeichert: die Datei ist kein lesbares TOML ({error}); korrigiere sie erst in einem Texteditor. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{file} already has a move called '{name}'; it was not replaced.</source>
            <translation>{file} enthält schon eine Übung namens „{name}“; sie wurde nicht ersetzt.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{file} was not saved: the move could not be written as TOML ({error}). Nothing was changed.</source>
            <translation>{file} wurde nicht gespeichert: die Übung ließ sich nicht als TOML schreiben ({error}). Es wurde nichts geändert.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../hiptimer/errors.py" />
            <source>move {number}</source>
            <translation>Übung {number}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/errors.py" />
            <source>block {number}</source>
            <translation>Block {number}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/errors.py" />
            <source>{entry} ({name})</source>
            <translation>{entry} ({name})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/errors.py" />
            <source>library move '{move}'</source>
            <translation>Bibliotheksübung '{move}'</translation>
        </message>
        <message>
            <location filename="../../hiptimer/errors.py" />
            <source>line {line}: {place}: {problem}</source>
            <translation>Zeile {line}: {place}: {problem}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/errors.py" />
            <source>line {line}: {problem}</source>
            <translation>Zeile {line}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>gui.colour_menu</name>
        <message>
            <location filename="../../hiptimer/gui/colour_menu.py" />
            <source>&amp;System</source>
            <translation>&amp;System</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/colour_menu.py" />
            <source>&amp;Light</source>
            <translation>&amp;Hell</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/colour_menu.py" />
            <source>&amp;Dark</source>
            <translation>&amp;Dunkel</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/colour_menu.py" />
            <source>&amp;High contrast</source>
            <translation>Hoher &amp;Kontrast</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/colour_menu.py" />
            <source>&amp;Colours</source>
            <translation>&amp;Farben</translation>
        </message>
    </context>
    <context>
        <name>gui.controllers.progress</name>
        <message>
            <location filename="../../hiptimer/gui/controllers/progress.py" />
            <source>Could not change the dose</source>
            <translation>Umfang konnte nicht geändert werden</translation>
        </message>
    </context>
    <context>
        <name>gui.controllers.run</name>
        <message>
            <location filename="../../hiptimer/gui/controllers/run.py" />
            <source>Stop this session?</source>
            <translation>Einheit abbrechen?</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/run.py" />
            <source>You have done {time} of it. Stop now and go back to the start? It is kept in your history as stopped.</source>
            <translation>Du hast {time} davon geschafft. Jetzt abbrechen und zurück zum Start? Die Einheit bleibt als abgebrochen im Verlauf.</translation>
        </message>
    </context>
    <context>
        <name>gui.controllers.texts</name>
        <message>
            <location filename="../../hiptimer/gui/controllers/texts.py" />
            <source>{summary} · {minutes} min</source>
            <translation>{summary} · {minutes} min</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/texts.py" />
            <source>{file}, {warning}</source>
            <translation>{file}, {warning}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/texts.py" />
            <source>{path}: {reason}</source>
            <translation>{path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/texts.py" />
            <source>Could not export the history</source>
            <translation>Verlauf konnte nicht exportiert werden</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/texts.py" />
            <source>Could not keep these settings</source>
            <translation>Einstellungen konnten nicht übernommen werden</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/texts.py" />
            <source>Still using “{name}”.</source>
            <translation>Weiter mit „{name}“.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/texts.py" />
            <source>Nothing to edit</source>
            <translation>Nichts zu bearbeiten</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/texts.py" />
            <source>This session was not read from a file.</source>
            <translation>Dieses Programm stammt nicht aus einer Datei.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/texts.py" />
            <source>Could not duplicate</source>
            <translation>Duplizieren fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/texts.py" />
            <source>Could not delete</source>
            <translation>Löschen fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/texts.py" />
            <source>Could not restore</source>
            <translation>Wiederherstellen fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/texts.py" />
            <source>Delete session?</source>
            <translation>Programm löschen?</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/texts.py" />
            <source>Move “{name}” to the trash folder of your library? You can get it back from {trash}.</source>
            <translation>„{name}“ in den Papierkorb deiner Bibliothek verschieben? Du kannst es aus {trash} zurückholen.</translation>
        </message>
    </context>
    <context>
        <name>gui.controllers.tracker</name>
        <message>
            <location filename="../../hiptimer/gui/controllers/tracker.py" />
            <source>A warm-up session is running</source>
            <translation>Ein Aufwärmprogramm läuft</translation>
        </message>
    </context>
    <context>
        <name>gui.dialogs</name>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Open a session</source>
            <translation>Programm öffnen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Sessions (*.toml);;All files (*)</source>
            <translation>Programme (*.toml);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>This session has problems</source>
            <translation>Dieses Programm hat Probleme</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>{file} could not be used (%n problem(s)).
{fallback}</source>
            <translation>
                <numerusform>{file} ist nicht nutzbar (%n Problem).
{fallback}</numerusform>
                <numerusform>{file} ist nicht nutzbar (%n Probleme).
{fallback}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Export history</source>
            <translation>Verlauf exportieren</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>hiptimer will be in {language} from its next start.</source>
            <translation>Ab dem nächsten Start nutzt hiptimer {language}.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Restart now</source>
            <translation>Jetzt neu starten</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Later</source>
            <translation>Später</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Discard changes?</source>
            <translation>Änderungen verwerfen?</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>You have changed this session. Close the editor and lose those changes?</source>
            <translation>Du hast dieses Programm geändert. Editor schließen und die Änderungen verwerfen?</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Your changes are still in the editor. You can save them to another file, or cancel and try again.</source>
            <translation>Deine Änderungen sind noch im Editor. Du kannst sie in eine andere Datei speichern oder abbrechen und es noch einmal versuchen.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Save as…</source>
            <translation>Speichern unter…</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Save session as</source>
            <translation>Programm speichern unter</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Sessions (*.toml)</source>
            <translation>Programme (*.toml)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Choose a picture</source>
            <translation>Bild wählen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Pictures (*.svg *.png *.jpg *.jpeg *.gif *.webp)</source>
            <translation>Bilder (*.svg *.png *.jpg *.jpeg *.gif *.webp)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Choose a sound</source>
            <translation>Klang wählen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Sounds (*.wav *.ogg *.mp3)</source>
            <translation>Klänge (*.wav *.ogg *.mp3)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Save to my moves</source>
            <translation>Zu meinen Übungen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Name to use it by in any session (move = "name"):</source>
            <translation>Name, unter dem du sie in jedem Programm nutzt (move = "name"):</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Replace your move?</source>
            <translation>Deine Übung ersetzen?</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Your moves already have one called “{name}”. Replace it with this one?</source>
            <translation>Unter deinen Übungen gibt es schon „{name}“. Durch diese ersetzen?</translation>
        </message>
    </context>
    <context>
        <name>gui.language</name>
        <message>
            <location filename="../../hiptimer/gui/language.py" />
            <source>System language</source>
            <translation>Systemsprache</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/language.py" />
            <source>The language could not be saved: {reason}</source>
            <translation>Die Sprache konnte nicht gespeichert werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/language.py" />
            <source>the system language</source>
            <translation>die Systemsprache</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/language.py" />
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
    </context>
    <context>
        <name>gui.main</name>
        <message>
            <location filename="../../hiptimer/gui/main.py" />
            <source>&amp;Voice</source>
            <translation>S&amp;timme</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/main.py" />
            <source>Flash at every change</source>
            <translation>Bei jedem Wechsel aufblitzen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/main.py" />
            <source>Using “{name}” instead.</source>
            <translation>Stattdessen wird „{name}“ genutzt.</translation>
        </message>
    </context>
    <context>
        <name>gui.other_players</name>
        <message>
            <location filename="../../hiptimer/gui/other_players.py" />
            <source>Pause other players during a session</source>
            <translation>Andere Player während einer Einheit pausieren</translation>
        </message>
    </context>
    <context>
        <name>gui.shell</name>
        <message>
            <location filename="../../hiptimer/gui/shell.py" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/shell.py" />
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/shell.py" />
            <source>Export history as CSV…</source>
            <translation>Verlauf als CSV exportieren…</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/shell.py" />
            <source>Try sound again</source>
            <translation>Ton erneut versuchen</translation>
        </message>
    </context>
    <context>
        <name>gui.theme</name>
        <message>
            <location filename="../../hiptimer/gui/theme.py" />
            <source>GET READY</source>
            <translation>MACH DICH BEREIT</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/theme.py" />
            <source>WORK</source>
            <translation>BELASTUNG</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/theme.py" />
            <source>SWITCH SIDES</source>
            <translation>SEITENWECHSEL</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/theme.py" />
            <source>REST</source>
            <translation>PAUSE</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/theme.py" />
            <source>ROUND REST</source>
            <translation>RUNDENPAUSE</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/theme.py" />
            <source>DONE</source>
            <translation>GESCHAFFT</translation>
        </message>
    </context>
    <context>
        <name>gui.views.editor.dialog</name>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Edit session</source>
            <translation>Programm bearbeiten</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Cannot edit this session</source>
            <translation>Programm nicht bearbeitbar</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Add move</source>
            <translation>+ Übung</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Add a built-in move or a blank one after the selected move</source>
            <translation>Eine eingebaute oder leere Übung nach der gewählten einfügen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Remove the selected move or block</source>
            <translation>Gewählte Übung oder gewählten Block entfernen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Add block</source>
            <translation>+ Block</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Add a block of moves at the end</source>
            <translation>Einen Block mit Übungen am Ende anfügen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Save to my moves</source>
            <translation>Zu meinen Übungen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Save this move to my moves (moves.toml in the config folder), to use in any session</source>
            <translation>Diese Übung in „Meine Übungen“ speichern (moves.toml im Konfigurationsordner), für jedes Programm</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Whole session</source>
            <translation>Ganzes Programm</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Block</source>
            <translation>Block</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Move</source>
            <translation>Übung</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Close without saving (Esc)</source>
            <translation>Ohne Speichern schließen (Esc)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Save and close (Ctrl+S)</source>
            <translation>Speichern und schließen (Strg+S)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>{file} was not saved because of an unexpected error ({error}: {reason}).</source>
            <translation>{file} wurde wegen eines unerwarteten Fehlers nicht gespeichert ({error}: {reason}).</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>the session was not saved</source>
            <translation>das Programm wurde nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>⚠ Not saved — {reason}</source>
            <translation>⚠ Nicht gespeichert — {reason}</translation>
        </message>
    </context>
    <context>
        <name>gui.views.editor.dose</name>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dose.py" />
            <source>Reps</source>
            <translation>Wdh.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dose.py" />
            <source>Hold (s)</source>
            <translation>Halten (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dose.py" />
            <source>Work (s)</source>
            <translation>Belastung (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dose.py" />
            <source>Count reps, hold a position, or work for a time (squats, jumps, a run)</source>
            <translation>Wiederholungen zählen, eine Position halten oder auf Zeit arbeiten (Kniebeugen, Sprünge, ein Lauf)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dose.py" />
            <source>Reps per side and per set</source>
            <translation>Wiederholungen pro Seite und Satz</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dose.py" />
            <source>Seconds to hold, per side and per set</source>
            <translation>Sekunden Halten, pro Seite und Satz</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dose.py" />
            <source>Seconds of work, per side and per set</source>
            <translation>Sekunden Belastung, pro Seite und Satz</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dose.py" />
            <source>Until I say done</source>
            <translation>Bis ich fertig sage</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dose.py" />
            <source>No clock: it counts up and you press Space when done</source>
            <translation>Keine Vorgabe: die Zeit läuft hoch und du drückst die Leertaste, wenn du fertig bist</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dose.py" />
            <source>Reps, hold or work</source>
            <translation>Wdh., Halten oder Belastung</translation>
        </message>
    </context>
    <context>
        <name>gui.views.editor.fields</name>
        <message>
            <location filename="../../hiptimer/gui/views/editor/fields.py" />
            <source>Use the value {source} instead</source>
            <translation>Stattdessen den Wert {source} nutzen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/fields.py" />
            <source>Not set here: the value {source} applies</source>
            <translation>Hier nicht gesetzt: es gilt der Wert {source}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/fields.py" />
            <source>not used here</source>
            <translation>hier nicht genutzt</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/fields.py" />
            <source>Self-paced</source>
            <translation>Eigenes Tempo</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/fields.py" />
            <source>How long one rep takes, in seconds</source>
            <translation>Dauer einer Wiederholung in Sekunden</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/fields.py" />
            <source>No beat: press Space when you have done your reps</source>
            <translation>Kein Takt: drück die Leertaste, wenn du deine Wiederholungen geschafft hast</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/fields.py" />
            <source>{value} (unknown)</source>
            <translation>{value} (unbekannt)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/fields.py" />
            <source>None (all settings here)</source>
            <translation>Keine (alle Einstellungen hier)</translation>
        </message>
    </context>
    <context>
        <name>gui.views.editor.files</name>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Get ready</source>
            <translation>Bereit machen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Go (a move starts)</source>
            <translation>Los (eine Übung beginnt)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Rest</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Switch sides</source>
            <translation>Seitenwechsel</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Halfway</source>
            <translation>Halbzeit</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Countdown (3-2-1)</source>
            <translation>Countdown (3-2-1)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Each rep</source>
            <translation>Jede Wiederholung</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>New round</source>
            <translation>Neue Runde</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>none</source>
            <translation>keins</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>File…</source>
            <translation>Datei…</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Picture</source>
            <translation>Bild</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>A built-in picture, or a .svg, .png, .jpg, .gif or .webp file</source>
            <translation>Ein eingebautes Bild oder eine .svg-, .png-, .jpg-, .gif- oder .webp-Datei</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Choose a picture file</source>
            <translation>Bilddatei wählen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>built-in tone</source>
            <translation>eingebauter Ton</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>A .wav, .ogg or .mp3 file for '{cue}', relative to the session</source>
            <translation>Eine .wav-, .ogg- oder .mp3-Datei für „{cue}“, relativ zum Programm</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Sound for {cue}</source>
            <translation>Klang für {cue}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Choose a sound file for '{cue}'</source>
            <translation>Klangdatei für „{cue}“ wählen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Your own sounds</source>
            <translation>Eigene Klänge</translation>
        </message>
    </context>
    <context>
        <name>gui.views.editor.forms</name>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Left</source>
            <translation>Links</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Right</source>
            <translation>Rechts</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>No sides (one phase)</source>
            <translation>Ohne Seiten (eine Phase)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Both sides, one after the other</source>
            <translation>Beide Seiten nacheinander</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Left side only</source>
            <translation>Nur linke Seite</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Right side only</source>
            <translation>Nur rechte Seite</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Alternating legs, rep by rep</source>
            <translation>Beine abwechselnd, je Wiederholung</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>{key}: {problem}</source>
            <translation>{key}: {problem}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>First side</source>
            <translation>Erste Seite</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>e.g. Pre-run activation</source>
            <translation>z. B. Aktivierung vor dem Lauf</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Spoken at the start</source>
            <translation>Zu Beginn gesprochen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>the name, unless set</source>
            <translation>der Name, wenn leer</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Finish text</source>
            <translation>Schlusstext</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Shown and spoken at the end, in place of “Done — go run!”</source>
            <translation>Am Ende gezeigt und gesprochen, statt „Geschafft — ab zum Laufen!“</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Rounds</source>
            <translation>Runden</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>How many times the moves are done</source>
            <translation>Wie oft die Übungen durchlaufen werden</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Get ready (s)</source>
            <translation>Vorbereitung (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Time to get onto the mat</source>
            <translation>Zeit, um auf die Matte zu kommen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Tempo (s per rep)</source>
            <translation>Tempo (s pro Wdh.)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Rest between moves (s)</source>
            <translation>Pause zwischen Übungen (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Rest between sets (s)</source>
            <translation>Pause zwischen Sätzen (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Rest between rounds (s)</source>
            <translation>Pause zwischen Runden (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Switch sides (s)</source>
            <translation>Seitenwechsel (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Time to change to the other side</source>
            <translation>Zeit für den Wechsel auf die andere Seite</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>The side the session's both-sided and alternating moves start on</source>
            <translation>Die Seite, mit der die beidseitigen und abwechselnden Übungen des Programms beginnen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Block name</source>
            <translation>Blockname</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>e.g. Circuit</source>
            <translation>z. B. Zirkel</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>How many times this block's moves are done</source>
            <translation>Wie oft die Übungen dieses Blocks durchlaufen werden</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Time to change sides (and to turn over)</source>
            <translation>Zeit für den Seitenwechsel (und zum Umdrehen)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Sides</source>
            <translation>Seiten</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>One side, then the other</source>
            <translation>Erst eine Seite, dann die andere</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Do every both-sided move on the first side, then the whole block again on the other, with one switch between</source>
            <translation>Jede beidseitige Übung erst auf der ersten Seite, dann den ganzen Block auf der anderen, mit einem Wechsel dazwischen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>The side this block's both-sided and alternating moves start on</source>
            <translation>Die Seite, mit der die beidseitigen und abwechselnden Übungen dieses Blocks beginnen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Which sides the move is done on</source>
            <translation>Auf welchen Seiten die Übung gemacht wird</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Based on</source>
            <translation>Basiert auf</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>A library move whose settings this move starts from</source>
            <translation>Eine Bibliotheksübung, deren Einstellungen diese Übung übernimmt</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>e.g. Clam shell</source>
            <translation>z. B. Clamshell</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Counts as (s)</source>
            <translation>Zählt als (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>What a move you end yourself counts for in the total, per side and set (by default 3 s a rep, or 30 s)</source>
            <translation>Wie viel eine selbst beendete Übung in der Gesamtzeit zählt, pro Seite und Satz (standardmäßig 3 s pro Wiederholung, sonst 30 s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>auto</source>
            <translation>auto</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>The side this both-sided and alternating moves start on</source>
            <translation>Die Seite, mit der diese beidseitige oder abwechselnde Übung beginnt</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Sets</source>
            <translation>Sätze</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>How many times in a row, with a rest between</source>
            <translation>Wie oft hintereinander, mit Pause dazwischen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Every (s)</source>
            <translation>Alle (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Start each set this long after the last one started (every minute on the minute: 60)</source>
            <translation>Jeden Satz so lange nach dem Start des vorigen beginnen (jede volle Minute: 60)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Rest after (s)</source>
            <translation>Pause danach (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Rest after this move</source>
            <translation>Pause nach dieser Übung</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Mirror</source>
            <translation>Spiegeln</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Mirrored on the right side</source>
            <translation>Rechts gespiegelt</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Show the picture mirrored while the right side is worked</source>
            <translation>Bild gespiegelt zeigen, während die rechte Seite dran ist</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Instructions</source>
            <translation>Anleitung</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Spoken name</source>
            <translation>Gesprochener Name</translation>
        </message>
    </context>
    <context>
        <name>gui.views.editor.move_list</name>
        <message>
            <location filename="../../hiptimer/gui/views/editor/move_list.py" />
            <source>Blank move</source>
            <translation>Leere Übung</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/move_list.py" />
            <source>Whole session</source>
            <translation>Ganzes Programm</translation>
        </message>
    </context>
    <context>
        <name>gui.views.editor.own_moves</name>
        <message>
            <location filename="../../hiptimer/gui/views/editor/own_moves.py" />
            <source>Move not saved</source>
            <translation>Übung nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/own_moves.py" />
            <source>✓ Saved to your moves as “{name}” ({file}): use it with move = "{name}"</source>
            <translation>✓ In deinen Übungen als „{name}“ gespeichert ({file}): nutze sie mit move = "{name}"</translation>
        </message>
    </context>
    <context>
        <name>gui.views.editor.progression</name>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Off: keeps its dose</source>
            <translation>Aus: Umfang bleibt</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>The session's rule</source>
            <translation>Regel des Programms</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Its own rule</source>
            <translation>Eigene Regel</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>How much the dose goes up or down: reps, or seconds</source>
            <translation>Um wie viel der Umfang steigt oder sinkt: Wiederholungen oder Sekunden</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Easy runs</source>
            <translation>Leichte Einheiten</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>How many runs in a row rated easy before a step up</source>
            <translation>Wie viele Einheiten in Folge als leicht bewertet sein müssen, bevor der Umfang steigt</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Ceiling</source>
            <translation>Obergrenze</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>The highest dose</source>
            <translation>Der höchste Umfang</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Floor</source>
            <translation>Untergrenze</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>The lowest dose a hard run steps down to</source>
            <translation>Der niedrigste Umfang, auf den eine schwere Einheit zurückstuft</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Reps</source>
            <translation>Wdh.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Hold (s)</source>
            <translation>Halten (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Work (s)</source>
            <translation>Belastung (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Take this out: the value hiptimer uses by default, or the session's, applies</source>
            <translation>Entfernen: dann gilt der Standardwert von hiptimer oder der des Programms</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Not set here: the value {source}</source>
            <translation>Hier nicht gesetzt: der Wert {source}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Whether this move's dose follows your ratings of finished runs</source>
            <translation>Ob der Umfang dieser Übung deinen Bewertungen abgeschlossener Einheiten folgt</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Progression</source>
            <translation>Steigerung</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Its harder variation</source>
            <translation>Schwerere Variante</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Stay at the ceiling</source>
            <translation>An der Obergrenze bleiben</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>The move to go on to once the ceiling is reached</source>
            <translation>Die Übung, mit der es nach Erreichen der Obergrenze weitergeht</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Then</source>
            <translation>Danach</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Its harder variation ({move})</source>
            <translation>Schwerere Variante ({move})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Its harder variation (none: stays at the ceiling)</source>
            <translation>Schwerere Variante (keine: bleibt an der Obergrenze)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>{move} (unknown)</source>
            <translation>{move} (unbekannt)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>{tip}, for every move counted in {kind} (none: no rule for them)</source>
            <translation>{tip}, für jede Übung mit {kind} (keine: keine Regel dafür)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>none</source>
            <translation>keine</translation>
        </message>
    </context>
    <context>
        <name>gui.views.finish</name>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Easy (1)</source>
            <translation>Leicht (1)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>It felt easy (1)</source>
            <translation>Es war leicht (1)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Noted: it felt easy.</source>
            <translation>Notiert: es war leicht.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Just right (2)</source>
            <translation>Genau richtig (2)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>It felt just right (2)</source>
            <translation>Es war genau richtig (2)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Noted: it felt just right.</source>
            <translation>Notiert: es war genau richtig.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Hard (3)</source>
            <translation>Schwer (3)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>It felt hard (3)</source>
            <translation>Es war schwer (3)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Noted: it felt hard.</source>
            <translation>Notiert: es war schwer.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Done — go run!</source>
            <translation>Geschafft — ab zum Laufen!</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Sound is off (M)</source>
            <translation>Ton ist aus (M)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>How did it feel?</source>
            <translation>Wie hat es sich angefühlt?</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Again (R)</source>
            <translation>Nochmal (R)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Do the session again (R)</source>
            <translation>Programm noch einmal (R)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Back to start (Esc)</source>
            <translation>Zum Start (Esc)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Back to the start screen (Esc)</source>
            <translation>Zurück zum Startbildschirm (Esc)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>{answer}: {meaning}</source>
            <translation>{answer}: {meaning}</translation>
        </message>
    </context>
    <context>
        <name>gui.views.move_cards</name>
        <message>
            <location filename="../../hiptimer/gui/views/move_cards.py" />
            <source>{name}: {dose}</source>
            <translation>{name}: {dose}</translation>
        </message>
    </context>
    <context>
        <name>gui.views.run</name>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Session progress</source>
            <translation>Fortschritt der Einheit</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>SOUND OFF</source>
            <translation>TON AUS</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Sound is off</source>
            <translation>Ton ist aus</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Countdown</source>
            <translation>Countdown</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>◀ Back</source>
            <translation>◀ Zurück</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Restart this phase, or go back one (←)</source>
            <translation>Phase neu starten oder eine zurück (←)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Done ✓</source>
            <translation>Fertig ✓</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Done with these reps (Space)</source>
            <translation>Wiederholungen geschafft (Leertaste)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Pause or resume (Space)</source>
            <translation>Pause oder weiter (Leertaste)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Skip ▶</source>
            <translation>Vor ▶</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Skip to the next phase (→)</source>
            <translation>Zur nächsten Phase springen (→)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Restart</source>
            <translation>Neustart</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Start the session again (R)</source>
            <translation>Einheit von vorn beginnen (R)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>■ Stop</source>
            <translation>■ Stopp</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Stop and go back to the start (Esc)</source>
            <translation>Abbrechen und zurück zum Start (Esc)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Mute</source>
            <translation>Stumm</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Sound on or off (M)</source>
            <translation>Ton an oder aus (M)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Full screen</source>
            <translation>Vollbild</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Full screen on or off (F11)</source>
            <translation>Vollbild an oder aus (F11)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Paused — Space to resume</source>
            <translation>Pausiert — Leertaste zum Weitermachen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Resume</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Unmute</source>
            <translation>Ton an</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Leave full screen</source>
            <translation>Vollbild beenden</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Exit full</source>
            <translation>Fenster</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Full</source>
            <translation>Vollbild</translation>
        </message>
    </context>
    <context>
        <name>gui.views.start</name>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Session</source>
            <translation>Programm</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Pick a session: built-in, your own, or recent</source>
            <translation>Programm wählen: eingebaut, eigenes oder zuletzt genutzt</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Session:</source>
            <translation>Programm:</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Open…</source>
            <translation>Öffnen…</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Open a session file (Ctrl+O)</source>
            <translation>Programmdatei öffnen (Strg+O)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Edit this session (Ctrl+E)</source>
            <translation>Dieses Programm bearbeiten (Strg+E)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>More session actions</source>
            <translation>Weitere Aktionen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>More: duplicate, delete, show in folder</source>
            <translation>Mehr: duplizieren, löschen, im Ordner zeigen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Rounds</source>
            <translation>Runden</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Rounds for this run</source>
            <translation>Runden für diese Einheit</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Reps and holds</source>
            <translation>Wdh. und Halten</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Reps and hold times for this run</source>
            <translation>Wiederholungen und Haltezeiten für diese Einheit</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>{percent} %</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Fewer reps and shorter holds</source>
            <translation>Weniger Wiederholungen, kürzeres Halten</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>More reps and longer holds</source>
            <translation>Mehr Wiederholungen, längeres Halten</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Keep these</source>
            <translation>Übernehmen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Save these rounds and reps into the session</source>
            <translation>Diese Runden und Wiederholungen im Programm speichern</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Goal per week</source>
            <translation>Wochenziel</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Your goal: warm-ups per week</source>
            <translation>Dein Ziel: Einheiten pro Woche</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Volume</source>
            <translation>Lautstärke</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Volume of the cues and the voice</source>
            <translation>Lautstärke der Signale und der Stimme</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Sound is off — press M to turn it on</source>
            <translation>Ton ist aus — drück M zum Einschalten</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Start  (Space)</source>
            <translation>Start  (Leertaste)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Start the session (Space)</source>
            <translation>Einheit starten (Leertaste)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Duplicate</source>
            <translation>Duplizieren</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Delete (to trash)</source>
            <translation>Löschen (in Papierkorb)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Show in folder</source>
            <translation>Im Ordner zeigen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Restore a deleted session</source>
            <translation>Gelöschtes Programm wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>(the trash is empty)</source>
            <translation>(Papierkorb ist leer)</translation>
        </message>
    </context>
    <context>
        <name>gui.views.suggestions</name>
        <message numerus="yes">
            <location filename="../../hiptimer/gui/views/suggestions.py" />
            <source>{suggestion} (and %n more)</source>
            <translation>
                <numerusform>{suggestion} (und %n weiterer)</numerusform>
                <numerusform>{suggestion} (und %n weitere)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/suggestions.py" />
            <source>Take it</source>
            <translation>Übernehmen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/suggestions.py" />
            <source>Use this dose from now on (saved in your copy)</source>
            <translation>Diesen Umfang ab jetzt nutzen (in deiner Kopie gespeichert)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/suggestions.py" />
            <source>Keep the old dose</source>
            <translation>Beibehalten</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/suggestions.py" />
            <source>Leave the dose as it is</source>
            <translation>Den Umfang lassen, wie er ist</translation>
        </message>
    </context>
    <context>
        <name>gui.views.week_chart</name>
        <message>
            <location filename="../../hiptimer/gui/views/week_chart.py" />
            <source>Sessions per week</source>
            <translation>Einheiten pro Woche</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/gui/views/week_chart.py" />
            <source>week of {date}: %n run(s) and {skipped} skipped</source>
            <translation>
                <numerusform>Woche ab {date}: %n Einheit und {skipped} übersprungen</numerusform>
                <numerusform>Woche ab {date}: %n Einheiten und {skipped} übersprungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/gui/views/week_chart.py" />
            <source>week of {date}: %n run(s)</source>
            <translation>
                <numerusform>Woche ab {date}: %n Einheit</numerusform>
                <numerusform>Woche ab {date}: %n Einheiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/gui/views/week_chart.py" />
            <source>Goal: %n run(s) a week. Counted runs in recent weeks: {counts}</source>
            <translation>
                <numerusform>Ziel: %n Einheit pro Woche. Gezählte Einheiten der letzten Wochen: {counts}</numerusform>
                <numerusform>Ziel: %n Einheiten pro Woche. Gezählte Einheiten der letzten Wochen: {counts}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/week_chart.py" />
            <source>goal {goal}</source>
            <translation>Ziel {goal}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/week_chart.py" />
            <source>now</source>
            <translation>jetzt</translation>
        </message>
    </context>
    <context>
        <name>gui.views.widgets</name>
        <message>
            <location filename="../../hiptimer/gui/views/widgets.py" />
            <source>{name} picture</source>
            <translation>Bild: {name}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/widgets.py" />
            <source>{name}, start position, mirrored for the other side</source>
            <translation>{name}, Startposition, gespiegelt für die andere Seite</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/widgets.py" />
            <source>{name}, start position</source>
            <translation>{name}, Startposition</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/widgets.py" />
            <source>{name}, end position, mirrored for the other side</source>
            <translation>{name}, Endposition, gespiegelt für die andere Seite</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/widgets.py" />
            <source>{name}, end position</source>
            <translation>{name}, Endposition</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/widgets.py" />
            <source>{name}, mirrored for the other side</source>
            <translation>{name}, gespiegelt für die andere Seite</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/widgets.py" />
            <source>{percent} % done</source>
            <translation>{percent} % geschafft</translation>
        </message>
    </context>
    <context>
        <name>gui.voice_menu</name>
        <message>
            <location filename="../../hiptimer/gui/voice_menu.py" />
            <source>&amp;Piper (natural voice)</source>
            <translation>&amp;Piper (natürliche Stimme)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/voice_menu.py" />
            <source>&amp;espeak-ng</source>
            <translation>&amp;espeak-ng</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/voice_menu.py" />
            <source>&amp;System voice</source>
            <translation>&amp;Systemstimme</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/voice_menu.py" />
            <source>&amp;Tones only</source>
            <translation>Nur &amp;Töne</translation>
        </message>
    </context>
    <context>
        <name>gui.window</name>
        <message>
            <location filename="../../hiptimer/gui/window.py" />
            <source>{title} — hiptimer</source>
            <translation>{title} — hiptimer</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/window.py" />
            <source>Start / pause / resume / done</source>
            <translation>Start / Pause / Weiter / Fertig</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/window.py" />
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/window.py" />
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/window.py" />
            <source>Stop</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/window.py" />
            <source>Restart</source>
            <translation>Neu starten</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/window.py" />
            <source>Mute</source>
            <translation>Stumm</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/window.py" />
            <source>Full screen</source>
            <translation>Vollbild</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/window.py" />
            <source>Leave full screen / stop</source>
            <translation>Vollbild verlassen / abbrechen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/window.py" />
            <source>Open…</source>
            <translation>Öffnen…</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/window.py" />
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/window.py" />
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <location filename="../../hiptimer/history.py" />
            <source>it is a folder</source>
            <translation>es ist ein Ordner</translation>
        </message>
        <message>
            <location filename="../../hiptimer/history.py" />
            <source>file is not a database</source>
            <translation>die Datei ist keine Datenbank</translation>
        </message>
        <message>
            <location filename="../../hiptimer/history.py" />
            <source>it was written by a newer hiptimer (schema version {version})</source>
            <translation>sie stammt von einem neueren hiptimer (Schemaversion {version})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/history.py" />
            <source>{reason}, and it could not be moved aside: {error}</source>
            <translation>{reason}, und sie ließ sich nicht beiseiteschieben: {error}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/history.py" />
            <source>The history file {file} could not be read ({reason}). It was moved to {aside} and a new history was started.</source>
            <translation>Die Verlaufsdatei {file} konnte nicht gelesen werden ({reason}). Sie wurde nach {aside} verschoben und ein neuer Verlauf begonnen.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/history.py" />
            <source>{reason}; a new file failed too: {error}</source>
            <translation>{reason}; eine neue Datei ging auch nicht: {error}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/history.py" />
            <source>The history file {file} cannot be used ({reason}). Sessions this time will not be remembered.</source>
            <translation>Die Verlaufsdatei {file} ist nicht nutzbar ({reason}). Einheiten werden diesmal nicht gespeichert.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/history.py" />
            <source>Runs cannot be written to the history file {file} right now ({reason}). They are kept while hiptimer is open and written as soon as the file takes them.</source>
            <translation>Einheiten können gerade nicht in die Verlaufsdatei {file} geschrieben werden ({reason}). Sie bleiben erhalten, solange hiptimer offen ist, und werden geschrieben, sobald die Datei sie annimmt.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/history.py" />
            <source>%n run(s), {minutes} min</source>
            <translation>
                <numerusform>%n Einheit, {minutes} min</numerusform>
                <numerusform>%n Einheiten, {minutes} min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>library</name>
        <message>
            <location filename="../../hiptimer/library.py" />
            <source>cannot copy {file}: {reason}</source>
            <translation>{file} kann nicht kopiert werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/library.py" />
            <source>{name} is built into hiptimer and cannot be deleted.</source>
            <translation>{name} ist in hiptimer eingebaut und kann nicht gelöscht werden.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/library.py" />
            <source>{file} is not in your session library; it can only be removed from the recent list.</source>
            <translation>{file} ist nicht in deiner Programmbibliothek; es kann nur aus der Liste der zuletzt genutzten entfernt werden.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/library.py" />
            <source>cannot move {file} to the trash: {reason}</source>
            <translation>{file} kann nicht in den Papierkorb verschoben werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/library.py" />
            <source>cannot restore {file}: {reason}</source>
            <translation>{file} kann nicht wiederhergestellt werden: {reason}</translation>
        </message>
    </context>
    <context>
        <name>plan</name>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>Done — go run!</source>
            <translation>Geschafft — ab zum Laufen!</translation>
        </message>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>left side</source>
            <translation>linke Seite</translation>
        </message>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>right side</source>
            <translation>rechte Seite</translation>
        </message>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>left leg</source>
            <translation>linkes Bein</translation>
        </message>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>right leg</source>
            <translation>rechtes Bein</translation>
        </message>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>{move} — alternating legs</source>
            <translation>{move} — Beine abwechselnd</translation>
        </message>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>{move} — {side}</source>
            <translation>{move} — {side}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>Rest</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>Switch sides</source>
            <translation>Seitenwechsel</translation>
        </message>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>Get ready</source>
            <translation>Mach dich bereit</translation>
        </message>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>Round rest</source>
            <translation>Rundenpause</translation>
        </message>
    </context>
    <context>
        <name>preflight</name>
        <message>
            <location filename="../../hiptimer/preflight.py" />
            <source>X11 (Qt's xcb platform plugin)</source>
            <translation>X11 (Plattform-Plugin xcb von Qt)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/preflight.py" />
            <source>Wayland (Qt's wayland platform plugin)</source>
            <translation>Wayland (Plattform-Plugin wayland von Qt)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/preflight.py" />
            <source>{first} or {second}</source>
            <translation>{first} oder {second}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/preflight.py" />
            <source>hiptimer: Qt cannot open the window on {platforms}: these libraries are missing:</source>
            <translation>hiptimer: Qt kann das Fenster unter {platforms} nicht öffnen: diese Bibliotheken fehlen:</translation>
        </message>
        <message>
            <location filename="../../hiptimer/preflight.py" />
            <source>hiptimer: Qt cannot start: these libraries are missing:</source>
            <translation>hiptimer: Qt kann nicht starten: diese Bibliotheken fehlen:</translation>
        </message>
        <message>
            <location filename="../../hiptimer/preflight.py" />
            <source>Install them, then start hiptimer again:</source>
            <translation>Installiere sie und starte hiptimer dann neu:</translation>
        </message>
        <message>
            <location filename="../../hiptimer/preflight.py" />
            <source>Debian, Ubuntu:  {command}</source>
            <translation>Debian, Ubuntu:  {command}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/preflight.py" />
            <source>Fedora:          {command}</source>
            <translation>Fedora:          {command}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/preflight.py" />
            <source>No package is known here for {name}: {apt} or {dnf} finds it.</source>
            <translation>Für {name} ist hier kein Paket bekannt: {apt} oder {dnf} findet es.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/preflight.py" />
            <source>Or choose another Qt platform: on a Wayland desktop, {wayland} uses Wayland instead of X11; {offscreen} runs with no window at all (for scripts and tests).</source>
            <translation>Oder wähle eine andere Qt-Plattform: auf einem Wayland-Desktop nutzt {wayland} Wayland statt X11; {offscreen} läuft ganz ohne Fenster (für Skripte und Tests).</translation>
        </message>
        <message>
            <location filename="../../hiptimer/preflight.py" />
            <source>PySide6 {pyside} on Python {python} is known to crash: the interpreter aborts after a few thousand updates of the window. Install another PySide6 with {command}, or run hiptimer on Python {newer} or newer.</source>
            <translation>PySide6 {pyside} stürzt unter Python {python} bekanntermaßen ab: der Interpreter bricht nach einigen tausend Aktualisierungen des Fensters ab. Installiere mit {command} eine andere PySide6-Version oder starte hiptimer mit Python {newer} oder neuer.</translation>
        </message>
    </context>
    <context>
        <name>progression</name>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>a table</source>
            <translation>eine Tabelle</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>a list</source>
            <translation>eine Liste</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>must be a table like {example}, or true or false, got {value}</source>
            <translation>muss eine Tabelle wie {example} sein, oder true oder false, ist aber {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>easy runs in a row</source>
            <translation>leichte Einheiten in Folge</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>reps or seconds</source>
            <translation>Wiederholungen oder Sekunden</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>must be a whole number from {low} to {high} ({what}), got {value}</source>
            <translation>muss eine ganze Zahl von {low} bis {high} sein ({what}), ist aber {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>must not be above the ceiling ({ceiling}), got {floor}</source>
            <translation>darf nicht über der Obergrenze ({ceiling}) liegen, ist aber {floor}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>unknown key '{key}'; did you mean '{close}'?</source>
            <translation>unbekannter Schlüssel '{key}'; meintest du '{close}'?</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>unknown key '{key}' here: the session's rules are per kind of move, e.g. reps = {{ {key} = 2 }} or hold = {{ {key} = 5 }}</source>
            <translation>unbekannter Schlüssel '{key}' an dieser Stelle: die Regeln des Programms gelten je Art von Übung, z. B. reps = {{ {key} = 2 }} oder hold = {{ {key} = 5 }}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>unknown key '{key}' here: the harder variation is a move's own (on the move)</source>
            <translation>unbekannter Schlüssel '{key}' an dieser Stelle: die schwerere Variante gehört zur Übung selbst (gib sie an der Übung an)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>unknown key '{key}'; a progression table may have {keys}</source>
            <translation>unbekannter Schlüssel '{key}'; eine Steigerungstabelle darf {keys} enthalten</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>must be the name of a move, e.g. "banded-clam-shell", got {value}</source>
            <translation>muss der Name einer Übung sein, z. B. "banded-clam-shell", ist aber {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>must not be empty (leave it out when the move has no harder variation)</source>
            <translation>darf nicht leer sein (lass es weg, wenn die Übung keine schwerere Variante hat)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>must be at most {limit} characters, got {length}</source>
            <translation>darf höchstens {limit} Zeichen haben, hat aber {length}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>must not hold a control character ({character} at {where})</source>
            <translation>darf kein Steuerzeichen enthalten ({character} an Stelle {where})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/progression.py" />
            <source>last %n run(s) felt easy</source>
            <translation>
                <numerusform>letzte Einheit war leicht</numerusform>
                <numerusform>letzte %n Einheiten waren leicht</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>{amount:g} each side</source>
            <translation>{amount:g} pro Seite</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>{amount:g} reps</source>
            <translation>{amount:g} Wdh.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>{amount:g} s each side</source>
            <translation>{amount:g} s pro Seite</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>{felt}: {move} {amount}, was {was}</source>
            <translation>{felt}: {move} {amount}, vorher {was}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>{felt} at the top dose of {move} ({top}): on to {next}</source>
            <translation>{felt} beim Höchstumfang von {move} ({top}): weiter mit {next}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>{felt} at the top dose of {move} ({top}): on to {next}, {start}</source>
            <translation>{felt} beim Höchstumfang von {move} ({top}): weiter mit {next}, {start}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>last run felt hard: {move} {amount}, was {was}</source>
            <translation>letzte Einheit war schwer: {move} {amount}, vorher {was}</translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>no equipment</source>
            <translation>keine Ausrüstung</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a mini band</source>
            <translation>ein Miniband</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a stability ball</source>
            <translation>einen Gymnastikball</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>{items} and {item}</source>
            <comment>the last of a list</comment>
            <translation>{items} und {item}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>You need: {equipment}</source>
            <translation>Du brauchst: {equipment}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>; did you mean {keys}?</source>
            <translation>; meintest du {keys}?</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>{choices} or {choice}</source>
            <translation>{choices} oder {choice}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>unknown key '{key}'{suggestion}</source>
            <translation>unbekannter Schlüssel '{key}'{suggestion}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a whole number from {low} to {high}, got {value}</source>
            <translation>muss eine ganze Zahl von {low} bis {high} sein, ist aber {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a number of seconds from {low} to {high}, got {value}</source>
            <translation>muss eine Sekundenzahl von {low} bis {high} sein, ist aber {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>unknown key '{key}': a translation is written "{base}.de", with a language code of two small letters after the dot</source>
            <translation>unbekannter Schlüssel '{key}': eine Übersetzung schreibt man "{base}.de", mit einem Sprachcode aus zwei Kleinbuchstaben nach dem Punkt</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>`{key}` needs `{base}` too</source>
            <translation>`{key}` braucht auch `{base}`</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be text in quotes, got a table; for a translation, put the whole key in quotes: write "{key}.{code}" = "…"</source>
            <translation>muss Text in Anführungszeichen sein, ist aber eine Tabelle; setz für eine Übersetzung den ganzen Schlüssel in Anführungszeichen: schreib "{key}.{code}" = "…"</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be text in quotes, got {value}</source>
            <translation>muss Text in Anführungszeichen sein, ist aber {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>is too long ({length} characters, at most {limit})</source>
            <translation>ist zu lang ({length} Zeichen, höchstens {limit})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must not be empty</source>
            <translation>darf nicht leer sein</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be true or false, got {value}</source>
            <translation>muss true oder false sein, ist aber {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a list of {kind} tables with at least one entry</source>
            <translation>muss eine Liste von {kind}-Tabellen mit mindestens einem Eintrag sein</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>has {count} entries, at most {limit} are allowed</source>
            <translation>hat {count} Einträge, erlaubt sind höchstens {limit}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a table, got {value}</source>
            <translation>muss eine Tabelle sein, ist aber {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must not contain a control character, found {character} at character {position}</source>
            <translation>darf kein Steuerzeichen enthalten, gefunden: {character} an Zeichen {position}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must not contain a control character, found {character} at character {position} of "{value}"</source>
            <translation>darf kein Steuerzeichen enthalten, gefunden: {character} an Zeichen {position} von "{value}"</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a number far too large</source>
            <translation>eine viel zu große Zahl</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a table</source>
            <translation>eine Tabelle</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a list</source>
            <translation>eine Liste</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a {type}</source>
            <translation>Typ {type}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>not valid TOML: {error}</source>
            <translation>kein gültiges TOML: {error}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>your own moves in {file} were not read: {problem}</source>
            <translation>deine eigenen Übungen in {file} wurden nicht gelesen: {problem}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be tables of moves, e.g. [library.wall-sit] with a name and hold = 45</source>
            <translation>müssen Tabellen von Übungen sein, z. B. [library.wall-sit] mit name und hold = 45</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a table of move keys, got {value}</source>
            <translation>muss eine Tabelle mit Übungsschlüsseln sein, ist aber {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>your move '{move}' has problems (above)</source>
            <translation>deine Übung '{move}' hat Probleme (siehe oben)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>your move '{move}' ({file}{line}): {path}: {problem}</source>
            <translation>deine Übung '{move}' ({file}{line}): {path}: {problem}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>your move '{move}': {problem}</source>
            <translation>deine Übung '{move}': {problem}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>'{move}' is another move of this session's [library]: a library move may start from a built-in move or one of your own only</source>
            <translation>'{move}' ist eine andere Übung aus der [library] dieses Programms: eine Bibliotheksübung kann nur auf einer eingebauten oder einer eigenen Übung aufbauen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>no built-in move {value}{suggestion} (known: {known})</source>
            <translation>keine eingebaute Übung {value}{suggestion} (bekannt: {known})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>no move {value}{suggestion} (known: {known})</source>
            <translation>keine Übung {value}{suggestion} (bekannt: {known})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a picture name or file, or a list of files</source>
            <translation>muss ein Bildname, eine Bilddatei oder eine Liste von Dateien sein</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>has {count} frames, at most {limit} are allowed</source>
            <translation>hat {count} Bilder, erlaubt sind höchstens {limit}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>no built-in picture '{name}' and not a {suffixes} file (built-in: {known})</source>
            <translation>kein eingebautes Bild '{name}' und keine {suffixes}-Datei (eingebaut: {known})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a PNG picture</source>
            <translation>ein PNG-Bild</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a JPEG picture</source>
            <translation>ein JPEG-Bild</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a GIF picture</source>
            <translation>ein GIF-Bild</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a WebP picture</source>
            <translation>ein WebP-Bild</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a SVG picture</source>
            <translation>ein SVG-Bild</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a WAV sound</source>
            <translation>eine WAV-Audiodatei</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a OGG sound</source>
            <translation>eine OGG-Audiodatei</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a MP3 sound</source>
            <translation>eine MP3-Audiodatei</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a FLAC sound</source>
            <translation>eine FLAC-Audiodatei</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a web page</source>
            <translation>eine Webseite</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a PDF document</source>
            <translation>ein PDF-Dokument</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a zip archive</source>
            <translation>ein ZIP-Archiv</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>no such file: {file}</source>
            <translation>Datei nicht gefunden: {file}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>{file} is a folder, not a picture file</source>
            <translation>{file} ist ein Ordner, keine Bilddatei</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>{file} is a folder, not a sound file</source>
            <translation>{file} ist ein Ordner, keine Klangdatei</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>{file} is not a regular file</source>
            <translation>{file} ist keine normale Datei</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>{file} is {kind}, not a picture file</source>
            <translation>{file} ist {kind}, keine Bilddatei</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>{file} is {kind}, not a sound file</source>
            <translation>{file} ist {kind}, keine Klangdatei</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>cannot read {file}: {reason}</source>
            <translation>{file} kann nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>cannot find the home folder that "{user}" stands for; write "./{name}" for a file of that name</source>
            <translation>der Home-Ordner, für den "{user}" steht, ist nicht zu finden; schreib "./{name}" für eine Datei dieses Namens</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>cannot find the home folder that "{user}" stands for</source>
            <translation>der Home-Ordner, für den "{user}" steht, ist nicht zu finden</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a table of cue names and sound files, e.g. [sounds] with go = "sounds/whistle.wav"</source>
            <translation>muss eine Tabelle mit Signalnamen und Klangdateien sein, z. B. [sounds] mit go = "sounds/whistle.wav"</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a sound file name in quotes, got {value}</source>
            <translation>muss ein Klangdateiname in Anführungszeichen sein, ist aber {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a {suffixes} file, got {value}</source>
            <translation>muss eine {suffixes}-Datei sein, ist aber {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a move needs a name (or 'move' naming a built-in move)</source>
            <translation>eine Übung braucht einen Namen (oder 'move' mit dem Namen einer eingebauten Übung)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>give either 'reps' or 'hold', not both</source>
            <translation>gib entweder 'reps' oder 'hold' an, nicht beides</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>give only one of 'reps', 'hold' and 'work', not {keys}</source>
            <translation>gib nur eins von 'reps', 'hold' und 'work' an, nicht {keys}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>needs 'reps' (a count), 'hold' or 'work' (seconds)</source>
            <translation>braucht 'reps' (eine Anzahl), 'hold' oder 'work' (Sekunden)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>is only for a move the runner ends: reps with tempo = "self", hold = "self" or work = "self"</source>
            <translation>gilt nur für eine Übung, die man selbst beendet: reps mit tempo = "self", hold = "self" oder work = "self"</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>the block is done one side then the other: give 'first_side' on the block</source>
            <translation>der Block läuft erst auf einer Seite, dann auf der anderen: gib 'first_side' am Block an</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be "none", "mini-band" or "stability-ball", got {value}{suggestion}</source>
            <translation>muss "none", "mini-band" oder "stability-ball" sein, ist aber {value}{suggestion}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must name a move, e.g. "banded-clam-shell" (leave it out when there is none)</source>
            <translation>muss eine Übung nennen, z. B. "banded-clam-shell" (lass es weg, wenn es keine gibt)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>names this move itself ('{move}'); name another move</source>
            <translation>nennt diese Übung selbst ('{move}'); nenne eine andere Übung</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>no move {value}{suggestion}</source>
            <translation>keine Übung {value}{suggestion}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>'every' already sets the rest between sets (what is left of each interval); leave 'set_rest' out</source>
            <translation>'every' legt die Pause zwischen Sätzen schon fest (der Rest jedes Intervalls); lass 'set_rest' weg</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>is shorter than one set: both sides and the switch take {seconds} s, every is {every} s</source>
            <translation>ist kürzer als ein Satz: beide Seiten und der Wechsel dauern {seconds} s, every ist {every} s</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>is shorter than one set: the work takes {seconds} s, every is {every} s</source>
            <translation>ist kürzer als ein Satz: die Belastung dauert {seconds} s, every ist {every} s</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a number of seconds from {low} to {high}, or "self", got {value}</source>
            <translation>muss eine Sekundenzahl von {low} bis {high} oder "self" sein, ist aber {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be "left", "right", "both" or "alternate", got {value}; '{sides}' goes on a [[blocks]] table</source>
            <translation>muss "left", "right", "both" oder "alternate" sein, ist aber {value}; '{sides}' gehört in eine [[blocks]]-Tabelle</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be "left", "right", "both" or "alternate", got {value}</source>
            <translation>muss "left", "right", "both" oder "alternate" sein, ist aber {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>says {value} but sides = "{sides}"; keep only 'sides'</source>
            <translation>sagt {value}, aber sides = "{sides}"; behalte nur 'sides'</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be "left" or "right", got {value}</source>
            <translation>muss "left" oder "right" sein, ist aber {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be seconds per rep from 0.5 to 60, or "self", got {value}</source>
            <translation>muss Sekunden pro Wiederholung von 0.5 bis 60 oder "self" sein, ist aber {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be "{sides}", got {value}; on a block, sides can only be "one-then-other" (give a move's own sides on the move)</source>
            <translation>muss "{sides}" sein, ist aber {value}; an einem Block kann sides nur "one-then-other" sein (die Seiten einer Übung gibst du an der Übung an)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be "{sides}", got {value}</source>
            <translation>muss "{sides}" sein, ist aber {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source> ('{key}' here: did you mean '{close}'?)</source>
            <translation> ('{key}' an dieser Stelle: meintest du '{close}'?)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>this is not a hiptimer session: it needs a [[moves]] or [[blocks]] list{hint}</source>
            <translation>das ist kein hiptimer-Programm: es braucht eine [[moves]]- oder [[blocks]]-Liste{hint}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>use either [[moves]] or [[blocks]] at the top level, not both</source>
            <translation>nutze auf oberster Ebene entweder [[moves]] oder [[blocks]], nicht beides</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>the session needs a name, e.g. name = "Pre-run activation"</source>
            <translation>das Programm braucht einen Namen, z. B. name = "Aktivierung vor dem Lauf"</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must not be empty (leave it out for "{finish}")</source>
            <translation>darf nicht leer sein (lass es weg für „{finish}“)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>Done — go run!</source>
            <translation>Geschafft — ab zum Laufen!</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>Circuit</source>
            <translation>Zirkel</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>Moves</source>
            <translation>Übungen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>Block {number}</source>
            <translation>Block {number}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a table: [question] with ask and answers</source>
            <translation>muss eine Tabelle sein: [question] mit ask und answers</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>needs the question, e.g. ask = "Where did you feel it?"</source>
            <translation>braucht die Frage, z. B. ask = "Wo hast du es gespürt?"</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must give as many answers as `answers` ({count})</source>
            <translation>muss so viele Antworten angeben wie `answers` ({count})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a table of 2 to {limit} answers, each with what it means</source>
            <translation>muss eine Tabelle mit 2 bis {limit} Antworten sein, jede mit ihrer Bedeutung</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>an answer must be 1 to {limit} characters</source>
            <translation>eine Antwort muss 1 bis {limit} Zeichen lang sein</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>the session would have about {phases} phases; at most {limit} are allowed (fewer rounds, sets or moves)</source>
            <translation>das Programm hätte etwa {phases} Phasen; erlaubt sind höchstens {limit} (weniger Runden, Sätze oder Übungen)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>not valid TOML: {error}; for a translation, put the whole key in quotes: write "{key}" = "…"</source>
            <translation>kein gültiges TOML: {error}; setz für eine Übersetzung den ganzen Schlüssel in Anführungszeichen: schreib "{key}" = "…"</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>not usable: a dotted key has more than {limit} parts</source>
            <translation>nicht nutzbar: ein Schlüssel mit Punkten hat mehr als {limit} Teile</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>not usable: arrays or tables are nested too deeply</source>
            <translation>nicht nutzbar: Arrays oder Tabellen sind zu tief verschachtelt</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>not valid TOML: a number has far too many digits</source>
            <translation>kein gültiges TOML: eine Zahl hat viel zu viele Ziffern</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>not UTF-8 text (byte 0x{byte:02x}); save the file as UTF-8</source>
            <translation>kein UTF-8-Text (Byte 0x{byte:02x}); speichere die Datei als UTF-8</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>no such file</source>
            <translation>Datei nicht gefunden</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>cannot be read: {reason}</source>
            <translation>nicht lesbar: {reason}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>is not a usable file name</source>
            <translation>ist kein nutzbarer Dateiname</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>is a folder, not a session file</source>
            <translation>ist ein Ordner, keine Programmdatei</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>is not a regular file</source>
            <translation>ist keine normale Datei</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>is too large for a session ({size:,} bytes, at most {limit:,})</source>
            <translation>ist zu groß für ein Programm ({size:,} Bytes, höchstens {limit:,})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>is too large for a session</source>
            <translation>ist zu groß für ein Programm</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>is empty; a session needs a name and moves</source>
            <translation>ist leer; ein Programm braucht einen Namen und Übungen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/session.py" />
            <source>this session fits at most %n round(s)</source>
            <translation>
                <numerusform>in dieses Programm passt höchstens %n Runde</numerusform>
                <numerusform>in dieses Programm passen höchstens %n Runden</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>fewer sets or moves</source>
            <translation>weniger Sätze oder Übungen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/session.py" />
            <source>with %n round(s) the session would have about {phases} phases; at most {limit} are allowed ({hint})</source>
            <translation>
                <numerusform>mit %n Runde hätte das Programm etwa {phases} Phasen; erlaubt sind höchstens {limit} ({hint})</numerusform>
                <numerusform>mit %n Runden hätte das Programm etwa {phases} Phasen; erlaubt sind höchstens {limit} ({hint})</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>{move}: one set would take {seconds} s, longer than its interval (every = {every}); use fewer reps or a smaller scale</source>
            <translation>{move}: ein Satz würde {seconds} s dauern, länger als sein Intervall (every = {every}); nimm weniger Wiederholungen oder einen kleineren Faktor</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a whole number from {low} to {high}</source>
            <translation>muss eine ganze Zahl von {low} bis {high} sein</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be from {low} to {high}, got {value}</source>
            <translation>muss zwischen {low} und {high} liegen, ist aber {value}</translation>
        </message>
    </context>
    <context>
        <name>start_view</name>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>, your pace</source>
            <translation>, eigenes Tempo</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/start_view.py" />
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n Wdh.</numerusform>
                <numerusform>%n Wdh.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>hold</source>
            <translation>Halten</translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>work</source>
            <translation>Belastung</translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>{seconds:g} s work</source>
            <translation>{seconds:g} s Belastung</translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>hold {seconds:g} s</source>
            <translation>{seconds:g} s halten</translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source> each side</source>
            <translation> pro Seite</translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source> each side, alternating</source>
            <translation> pro Seite, abwechselnd</translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>, left side</source>
            <translation>, linke Seite</translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>, right side</source>
            <translation>, rechte Seite</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/start_view.py" />
            <source>%n round(s)</source>
            <translation>
                <numerusform>%n Runde</numerusform>
                <numerusform>%n Runden</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>Total {time} (estimated)</source>
            <translation>Gesamt {time} (geschätzt)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>Total {time}</source>
            <translation>Gesamt {time}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>  (your copy)</source>
            <translation>  (deine Kopie)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>  — has problems</source>
            <translation>  — hat Probleme</translation>
        </message>
    </context>
    <context>
        <name>store</name>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file}: cannot be read: {reason}</source>
            <translation>{file}: nicht lesbar: {reason}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file}: cannot be edited: tomlkit cannot read this TOML</source>
            <translation>{file}: nicht bearbeitbar: tomlkit kann dieses TOML nicht lesen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>the disk is full</source>
            <translation>der Datenträger ist voll</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>your disk quota is used up</source>
            <translation>dein Speicherkontingent ist aufgebraucht</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>permission denied</source>
            <translation>keine Berechtigung</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>the disk is read-only</source>
            <translation>der Datenträger ist schreibgeschützt</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: {what}. Your file was not changed.</source>
            <translation>{file} wurde nicht gespeichert: {what}. Deine Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: {what} ({reason}). Your file was not changed.</source>
            <translation>{file} wurde nicht gespeichert: {what} ({reason}). Deine Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: {path} is a folder, not a file. Nothing was changed.</source>
            <translation>{file} wurde nicht gespeichert: {path} ist ein Ordner, keine Datei. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: another program is saving {file} right now; try again in a moment. Your file was not changed.</source>
            <translation>{file} wurde nicht gespeichert: eine andere Anwendung speichert {file} gerade; versuch es gleich noch einmal. Deine Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>cannot write in {folder}</source>
            <translation>in {folder} kann nicht geschrieben werden</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>cannot lock it for saving</source>
            <translation>die Datei lässt sich zum Speichern nicht sperren</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: {path} is not a regular file. Nothing was changed.</source>
            <translation>{file} wurde nicht gespeichert: {path} ist keine normale Datei. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: {path} is far too large to be a session; it was left alone. Nothing was changed.</source>
            <translation>{file} wurde nicht gespeichert: {path} ist viel zu groß für ein Programm; die Datei wurde nicht angetastet. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: {path} is far too large to be a session. Nothing was changed.</source>
            <translation>{file} wurde nicht gespeichert: {path} ist viel zu groß für ein Programm. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>cannot read it to check that it did not change</source>
            <translation>die Datei lässt sich nicht lesen, um zu prüfen, ob sie sich geändert hat</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} already exists in {folder}; it was not overwritten. Save as another file, or open that one to change it.</source>
            <translation>{file} gibt es schon in {folder}; die Datei wurde nicht überschrieben. Speichere unter einem anderen Namen oder öffne diese Datei, um sie zu ändern.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} changed on disk since you opened it; it was not overwritten. Save as another file or reload it.</source>
            <translation>{file} wurde seit dem Öffnen auf dem Datenträger geändert; die Datei wurde nicht überschrieben. Speichere unter einem anderen Namen oder lade sie neu.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>could not keep a backup of the previous version</source>
            <translation>keine Sicherung der vorigen Version möglich</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>writing failed</source>
            <translation>Schreiben fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>could not replace the file</source>
            <translation>die Datei ließ sich nicht ersetzen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: writing failed ({reason}) and the file may now be incomplete. The previous version is kept in {backup}.</source>
            <translation>{file} wurde nicht gespeichert: das Schreiben schlug fehl ({reason}), die Datei ist jetzt womöglich unvollständig. Die vorige Version liegt in {backup}.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>cannot open it for writing</source>
            <translation>die Datei lässt sich nicht zum Schreiben öffnen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: it is not a usable file name. Nothing was changed.</source>
            <translation>{file} wurde nicht gespeichert: das ist kein nutzbarer Dateiname. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} is built into hiptimer and is never changed; save a copy.</source>
            <translation>{file} ist in hiptimer eingebaut und wird nie verändert; speichere eine Kopie.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: the session could not be written as TOML ({error}). Your file was not changed.</source>
            <translation>{file} wurde nicht gespeichert: das Programm ließ sich nicht als TOML schreiben ({error}). Deine Datei wurde nicht verändert.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: the session has %n problem(s):</source>
            <translation>
                <numerusform>{file} wurde nicht gespeichert: das Programm hat %n Problem:</numerusform>
                <numerusform>{file} wurde nicht gespeichert: das Programm hat %n Probleme:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: it would be too large to open again.</source>
            <translation>{file} wurde nicht gespeichert: die Datei wäre zu groß, um sie wieder zu öffnen.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>cannot create {folder}</source>
            <translation>{folder} kann nicht angelegt werden</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} is read-only; it was not changed. Save as another file, or make it writable first.</source>
            <translation>{file} ist schreibgeschützt und wurde nicht verändert. Speichere unter einem anderen Namen oder mach die Datei erst beschreibbar.</translation>
        </message>
    </context>
    <context>
        <name>views</name>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Round {round} of {rounds} next</source>
            <translation>Als Nächstes: Runde {round} von {rounds}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Next: {move}</source>
            <translation>Als Nächstes: {move}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Next: {move} — {side}</source>
            <translation>Als Nächstes: {move} — {side}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>set {set} of {sets}</source>
            <translation>Satz {set} von {sets}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Round {round} of {rounds}</source>
            <translation>Runde {round} von {rounds}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Next up: {move} — {what}</source>
            <translation>Als Nächstes: {move} — {what}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Last one — then go run!</source>
            <translation>Letzte Übung — dann ab zum Laufen!</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Last one</source>
            <translation>Letzte Übung</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Set {set} of {sets}</source>
            <translation>Satz {set} von {sets}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>{leg} · {time} left</source>
            <translation>{leg} · noch {time}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>{time} left</source>
            <translation>noch {time}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>reps each leg, alternating · Space when done · {time}</source>
            <translation>Wdh. pro Bein, abwechselnd · Leertaste, wenn fertig · {time}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>reps · Space when done · {time}</source>
            <translation>Wdh. · Leertaste, wenn fertig · {time}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>hold · Space when done</source>
            <translation>Halten · Leertaste, wenn fertig</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>work · Space when done</source>
            <translation>Belastung · Leertaste, wenn fertig</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>hold</source>
            <translation>Halten</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>work</source>
            <translation>Belastung</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>{seconds} s over the interval — straight on</source>
            <translation>{seconds} s über dem Intervall — direkt weiter</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Time: {time}</source>
            <translation>Zeit: {time}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>{phase}, round {round} of {rounds}</source>
            <translation>{phase}, Runde {round} von {rounds}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>This week: {done} of {goal} ({skipped} skipped)</source>
            <translation>Diese Woche: {done} von {goal} ({skipped} übersprungen)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>This week: {done} of {goal}</source>
            <translation>Diese Woche: {done} von {goal}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source> — goal met</source>
            <translation> — Ziel erreicht</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/views.py" />
            <source> · streak: %n week(s)</source>
            <translation>
                <numerusform> · Serie: %n Woche</numerusform>
                <numerusform> · Serie: %n Wochen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Weekly goal met — nice work.</source>
            <translation>Wochenziel erreicht — stark!</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/views.py" />
            <source>%n more this week to reach your goal of {goal}.</source>
            <translation>
                <numerusform>Noch %n diese Woche bis zu deinem Ziel von {goal}.</numerusform>
                <numerusform>Noch %n diese Woche bis zu deinem Ziel von {goal}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>{week}. {more}</source>
            <translation>{week}. {more}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Counted toward your week.</source>
            <translation>Zählt für deine Woche.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Not counted: {share} % of the work was skipped.</source>
            <translation>Nicht gezählt: {share} % der Übungen wurden übersprungen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/views.py" />
            <source>%n work phase(s)</source>
            <translation>
                <numerusform>%n Übungsphase</numerusform>
                <numerusform>%n Übungsphasen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/views.py" />
            <source>Not counted: %n of {phases} were skipped.</source>
            <translation>
                <numerusform>Nicht gezählt: %n von {phases} wurde übersprungen.</numerusform>
                <numerusform>Nicht gezählt: %n von {phases} wurden übersprungen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>voice</name>
        <message>
            <location filename="../../hiptimer/voice.py" />
            <source>Install espeak-ng for spoken prompts</source>
            <translation>Installiere espeak-ng für gesprochene Ansagen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/voice.py" />
            <source>The Piper voice {name} does not work ({detail}); the prompts are spoken by espeak-ng.</source>
            <translation>Die Piper-Stimme {name} funktioniert nicht ({detail}); espeak-ng spricht die Ansagen.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/voice.py" />
            <source>The Piper voice {name} does not work ({detail}); the prompts are spoken by the system's voice.</source>
            <translation>Die Piper-Stimme {name} funktioniert nicht ({detail}); die Systemstimme spricht die Ansagen.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/voice.py" />
            <source>The Piper voice {name} does not work ({detail}); tones only.</source>
            <translation>Die Piper-Stimme {name} funktioniert nicht ({detail}); nur Töne.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/voice.py" />
            <source>The system's voice does not work ({detail}); tones only.</source>
            <translation>Die Systemstimme funktioniert nicht ({detail}); nur Töne.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/voice.py" />
            <source>Piper is not installed</source>
            <translation>Piper ist nicht installiert</translation>
        </message>
        <message>
            <location filename="../../hiptimer/voice.py" />
            <source>it wrote no usable WAV</source>
            <translation>es kam keine brauchbare WAV-Datei</translation>
        </message>
    </context>
    <context>
        <name>voice_system</name>
        <message>
            <location filename="../../hiptimer/voice_system.py" />
            <source>no answer after {seconds:.0f} s</source>
            <translation>keine Antwort nach {seconds:.0f} s</translation>
        </message>
        <message>
            <location filename="../../hiptimer/voice_system.py" />
            <source>exit status {status}</source>
            <translation>Exit-Status {status}</translation>
        </message>
    </context>
</TS>
