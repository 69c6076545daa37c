<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>audio</name>
        <message>
            <location filename="../../hiptimer/audio.py" />
            <source>No sound: no audio player was found (install GStreamer's gst-play-1.0 or FFmpeg's ffplay). The session runs without sound.</source>
            <translation>Sin sonido: no se encontró ningún reproductor de audio (instala gst-play-1.0 de GStreamer o ffplay de FFmpeg). La sesión sigue sin sonido.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/audio.py" />
            <source>No sound: the audio player keeps failing ({detail}). The session runs without sound.</source>
            <translation>Sin sonido: el reproductor de audio falla una y otra vez ({detail}). La sesión sigue sin sonido.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/audio.py" />
            <source>No sound: the audio player keeps failing (exit status {code}). The session runs without sound.</source>
            <translation>Sin sonido: el reproductor de audio falla una y otra vez (código de salida {code}). La sesión sigue sin sonido.</translation>
        </message>
    </context>
    <context>
        <name>awake_macos</name>
        <message>
            <location filename="../../hiptimer/awake_macos.py" />
            <source>{program} was not found (it is in {folder} on macOS); the screen may go dark during a run</source>
            <translation>no se encontró {program} (en macOS está en {folder}); la pantalla puede apagarse durante la sesión</translation>
        </message>
        <message>
            <location filename="../../hiptimer/awake_macos.py" />
            <source>{program} could not be started ({detail}); the screen may go dark during a run</source>
            <translation>no se pudo iniciar {program} ({detail}); la pantalla puede apagarse durante la sesión</translation>
        </message>
        <message>
            <location filename="../../hiptimer/awake_macos.py" />
            <source>{program} stopped by itself (exit status {status}); the screen may go dark until the run is paused and resumed</source>
            <translation>{program} se detuvo solo (código de salida {status}); la pantalla puede apagarse hasta que pauses y reanudes la sesión</translation>
        </message>
    </context>
    <context>
        <name>awake_windows</name>
        <message>
            <location filename="../../hiptimer/awake_windows.py" />
            <source>Windows refused to keep the screen on ({call} failed); it may go dark during a run</source>
            <translation>Windows no permitió mantener la pantalla encendida (falló {call}); puede apagarse durante la sesión</translation>
        </message>
        <message>
            <location filename="../../hiptimer/awake_windows.py" />
            <source>the screen was not let go: {call} must be called from the thread that held it (the GUI thread)</source>
            <translation>la pantalla no se liberó: {call} debe llamarse desde el hilo que la retuvo (el hilo de la interfaz gráfica)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/awake_windows.py" />
            <source>cannot keep the screen on: {library} not available ({detail})</source>
            <translation>no se puede mantener la pantalla encendida: {library} no está disponible ({detail})</translation>
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
            <translation>Calentamiento de fuerza de cadera para corredores, para seguir en pantalla. Túmbate en la
esterilla, sigue la gran cuenta atrás y las indicaciones, y sal a correr.

SESSION es un archivo de sesión en TOML (consulta docs/session-format.md). Sin él,
se usa tu propia copia de la sesión predeterminada si guardaste una; si no, el
config.toml incluido.</translation>
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
            <translation>teclas en la ventana:
  Espacio iniciar / pausar / reanudar, y "listo" en repeticiones a tu ritmo
  →       saltar a la fase siguiente   ←      atrás (reiniciar o fase anterior)
  R       reiniciar la sesión          M      silenciar o activar el sonido
  F11     pantalla completa            Esc    salir de pantalla completa
  Ctrl+O  abrir una sesión             Ctrl+E editar la sesión
  Ctrl+Q  salir

ejemplos:
  hiptimer --check                 muestra el plan de la sesión predeterminada
  hiptimer --reps 12 --rounds 2    12 repeticiones de todo, dos rondas
  hiptimer my-warmup.toml --scale 0.5 --mute</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>usage: </source>
            <translation>uso: </translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>{program}: error: {message}
</source>
            <translation>{program}: error: {message}
</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>'{text}' is not a number</source>
            <translation>'{text}' no es un número</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>{problem}, got {text}</source>
            <translation>{problem}, se recibió {text}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>must be from 0.25 to 4, got {text}</source>
            <translation>debe estar entre 0.25 y 4, se recibió {text}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>positional arguments</source>
            <translation>argumentos posicionales</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>options</source>
            <translation>opciones</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>show this help and exit</source>
            <translation>muestra esta ayuda y sale</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>session file to run (default: config.toml)</source>
            <translation>archivo de sesión que se ejecuta (predeterminado: config.toml)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>set every move's rep count to N for this run</source>
            <translation>fija en N las repeticiones de cada ejercicio solo esta vez</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>do the circuit N times for this run</source>
            <translation>hace el circuito N veces solo esta vez</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>multiply reps and hold times by F for this run (0.25 to 4)</source>
            <translation>multiplica repeticiones y tiempos de mantener por F solo esta vez (0.25 a 4)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>check the session, print its plan and total time, and exit</source>
            <translation>comprueba la sesión, muestra su plan y tiempo total, y sale</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>start with sound off</source>
            <translation>empieza sin sonido</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>start in full screen</source>
            <translation>empieza en pantalla completa</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>start the session straight away instead of on Space</source>
            <translation>empieza la sesión enseguida en lugar de esperar a Espacio</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>show and speak hiptimer in LANG ({codes}) instead of the system's language</source>
            <translation>muestra y habla hiptimer en LANG ({codes}) en lugar del idioma del sistema</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>print the last weeks of warm-ups and what to change in the session used last, and exit</source>
            <translation>muestra las últimas semanas de calentamientos y qué cambiar en la última sesión usada, y sale</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>put hiptimer in your desktop's menu (for this user) and exit</source>
            <translation>añade hiptimer al menú de tu escritorio (para este usuario) y sale</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>take hiptimer out of the menu again and exit</source>
            <translation>quita hiptimer del menú y sale</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>show the version and exit</source>
            <translation>muestra la versión y sale</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source> (about {seconds:g} s)</source>
            <translation> (unos {seconds:g} s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>{reps} each side, alternating</source>
            <translation>{reps} por lado, alternando</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>{each}, self-paced{about}</source>
            <translation>{each}, a tu ritmo{about}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/cli.py" />
            <source>%n rep(s), self-paced</source>
            <translation>
                <numerusform>%n repetición, a tu ritmo</numerusform>
                <numerusform>%n repeticiones, a tu ritmo</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>until done (about {seconds:g} s)</source>
            <translation>hasta terminar (unos {seconds:g} s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>{seconds:g} s (rest of every {every:g} s)</source>
            <translation>{seconds:g} s (lo que queda de cada {every:g} s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>get ready</source>
            <translation>prepárate</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>switch</source>
            <translation>cambio de lado</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>rest</source>
            <translation>descanso</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>round rest</source>
            <translation>descanso de ronda</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>done</source>
            <translation>fin</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>left</source>
            <translation>izquierda</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>right</source>
            <translation>derecha</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>work</source>
            <translation>trabajo</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>hold</source>
            <translation>mantener</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>reps</source>
            <translation>repeticiones</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/cli.py" />
            <source>%n round(s)</source>
            <translation>
                <numerusform>%n ronda</numerusform>
                <numerusform>%n rondas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>one side then the other, {side} first</source>
            <translation>un lado y luego el otro, primero {side}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>at</source>
            <translation>inicio</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>phase</source>
            <translation>fase</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>move</source>
            <translation>ejercicio</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>side</source>
            <translation>lado</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>round</source>
            <translation>ronda</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>amount</source>
            <translation>cantidad</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>set</source>
            <translation>serie</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>(next: {move})</source>
            <translation>(siguiente: {move})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>alternate</source>
            <translation>alternando</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>Total {time} (self-paced reps estimated): {phases}, {moves}</source>
            <translation>Total {time} (repeticiones a tu ritmo estimadas): {phases}, {moves}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>Total {time}: {phases}, {moves}</source>
            <translation>Total {time}: {phases}, {moves}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/cli.py" />
            <source>%n work phase(s)</source>
            <translation>
                <numerusform>%n fase de trabajo</numerusform>
                <numerusform>%n fases de trabajo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/cli.py" />
            <source>%n move(s)</source>
            <translation>
                <numerusform>%n ejercicio</numerusform>
                <numerusform>%n ejercicios</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>No warm-ups recorded yet (no history at {path}).</source>
            <translation>Aún no hay calentamientos registrados (no hay historial en {path}).</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>History: {path}</source>
            <translation>Historial: {path}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>week of</source>
            <translation>semana del</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>runs</source>
            <translation>sesiones</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>skipped</source>
            <translation>omitidas</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>hip work</source>
            <translation>trabajo de cadera</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>this week: {summary}</source>
            <translation>esta semana: {summary}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>{session}, used last on {when}, is not a file: no suggestions.</source>
            <translation>{session}, usada por última vez el {when}, no es un archivo: no hay sugerencias.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>Suggestions for {file}: the session cannot be read now:</source>
            <translation>Sugerencias para {file}: ahora no se puede leer la sesión:</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>{session} ({file}), used last on {when}:</source>
            <translation>{session} ({file}), usada por última vez el {when}:</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>no progression rules in this session (see docs/session-format.md, "Progression")</source>
            <translation>esta sesión no tiene reglas de progresión (consulta docs/session-format.md, "Progression")</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>no change suggested yet: rate your runs when you finish them</source>
            <translation>aún no hay cambios sugeridos: valora tus sesiones al terminarlas</translation>
        </message>
    </context>
    <context>
        <name>cues</name>
        <message numerus="yes">
            <location filename="../../hiptimer/cues.py" />
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minuto</numerusform>
                <numerusform>%n minutos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/cues.py" />
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n segundo</numerusform>
                <numerusform>%n segundos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/cues.py" />
            <source>%n rep(s) each side</source>
            <translation>
                <numerusform>%n repetición por lado</numerusform>
                <numerusform>%n repeticiones por lado</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>alternating legs, left first</source>
            <translation>alternando piernas, primero la izquierda</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>alternating legs, right first</source>
            <translation>alternando piernas, primero la derecha</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/cues.py" />
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n repetición</numerusform>
                <numerusform>%n repeticiones</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>hold {seconds}</source>
            <translation>mantén {seconds}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>hold</source>
            <translation>mantén</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>set {set} of {sets}</source>
            <translation>serie {set} de {sets}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>at your own pace</source>
            <translation>a tu ritmo</translation>
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
            <translation>última ronda</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>round {round} of {rounds}</source>
            <translation>ronda {round} de {rounds}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source> — next: set {set} of {sets}</source>
            <translation> — a continuación: serie {set} de {sets}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source> — next up: {move}</source>
            <translation> — a continuación: {move}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>switch sides</source>
            <translation>cambia de lado</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>rest</source>
            <translation>descansa</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>{session}, get ready</source>
            <translation>{session}, prepárate</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>done — go run!</source>
            <translation>listo, ¡a correr!</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>last one</source>
            <translation>la última</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>halfway</source>
            <translation>vas por la mitad</translation>
        </message>
    </context>
    <context>
        <name>desktop</name>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>the path {path} has a control character, which a desktop entry cannot hold</source>
            <translation>la ruta {path} tiene un carácter de control, que una entrada de escritorio no puede contener</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>the shipped desktop entry has no {group} group with {key}</source>
            <translation>la entrada de escritorio incluida no tiene un grupo {group} con {key}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>{path} is already there and was not written by hiptimer; move it away to install hiptimer's</source>
            <translation>{path} ya existe y no lo escribió hiptimer; muévelo a otro sitio para instalar el de hiptimer</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>cannot make the folder {folder}: a file of that name, or of a folder above it, is in the way</source>
            <translation>no se puede crear la carpeta {folder}: lo impide un archivo con ese nombre o con el de una carpeta superior</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>hiptimer: desktop entries are for Linux and other freedesktop desktops; this system's menus do not read them</source>
            <translation>hiptimer: las entradas de escritorio son para Linux y otros escritorios freedesktop; los menús de este sistema no las leen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>hiptimer: cannot install the desktop entry: {error}</source>
            <translation>hiptimer: no se puede instalar la entrada de escritorio: {error}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>wrote {path} (it runs {command})</source>
            <translation>se escribió {path} (ejecuta {command})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>wrote {path}</source>
            <translation>se escribió {path}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>hiptimer is in your desktop's menu now; {command} takes it out again.</source>
            <translation>hiptimer ya está en el menú de tu escritorio; {command} lo vuelve a quitar.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>hiptimer: cannot remove the desktop entry: {error}</source>
            <translation>hiptimer: no se puede quitar la entrada de escritorio: {error}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>removed {path}</source>
            <translation>se eliminó {path}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>left {path} alone: hiptimer did not write it</source>
            <translation>no se tocó {path}: no lo escribió hiptimer</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>nothing to remove: no desktop entry of hiptimer in {folder}</source>
            <translation>nada que quitar: no hay ninguna entrada de escritorio de hiptimer en {folder}</translation>
        </message>
    </context>
    <context>
        <name>editing</name>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>New move</source>
            <translation>Nuevo ejercicio</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{amount} each side</source>
            <translation>{amount} por lado</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{amount} left side</source>
            <translation>{amount} lado izquierdo</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{amount} right side</source>
            <translation>{amount} lado derecho</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{amount} alternating</source>
            <translation>{amount} alternando</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>hiptimer uses by default</source>
            <translation>que hiptimer usa por defecto</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>set for the whole session</source>
            <translation>fijado para toda la sesión</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>set for the block</source>
            <translation>fijado para el bloque</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>of the built-in move</source>
            <translation>del ejercicio predefinido</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>of your own move (moves.toml)</source>
            <translation>de tu propio ejercicio (moves.toml)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>of the session's library move</source>
            <translation>del ejercicio de la biblioteca de la sesión</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>default</source>
            <translation>predeterminado</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>from session</source>
            <translation>de la sesión</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>from block</source>
            <translation>del bloque</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>built-in move</source>
            <translation>ejercicio predefinido</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>your move</source>
            <translation>tu ejercicio</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>library move</source>
            <translation>ejercicio de biblioteca</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>line {line}: {problem}</source>
            <translation>línea {line}: {problem}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Only for a move you end yourself: reps at your own pace, or a hold or work until you say done</source>
            <translation>Solo para un ejercicio que terminas tú: repeticiones a tu ritmo, o mantener o trabajar hasta que digas listo</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>The block is done one side, then the other: its first side applies</source>
            <translation>El bloque se hace por un lado y luego por el otro: vale su primer lado</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>With an interval, the rest is what is left of each interval</source>
            <translation>Con un intervalo, el descanso es lo que queda de cada intervalo</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>A move you end yourself has no dose to change</source>
            <translation>Un ejercicio que terminas tú no tiene dosis que cambiar</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Block {number}</source>
            <translation>Bloque {number}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Unnamed move</source>
            <translation>Ejercicio sin nombre</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/editing.py" />
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n repetición</numerusform>
                <numerusform>%n repeticiones</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{seconds:g} s work</source>
            <translation>{seconds:g} s de trabajo</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{seconds:g} s</source>
            <translation>{seconds:g} s</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>until done</source>
            <translation>hasta terminar</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{sets} × {amount}</source>
            <translation>{sets} × {amount}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Move {number} of {count} in block {block}</source>
            <translation>Ejercicio {number} de {count} del bloque {block}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Move {number} of {count}</source>
            <translation>Ejercicio {number} de {count}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Whole session</source>
            <translation>Toda la sesión</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Remove this move</source>
            <translation>Quitar este ejercicio</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>A session needs at least one move</source>
            <translation>Una sesión necesita al menos un ejercicio</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Remove this block and its moves</source>
            <translation>Quitar este bloque y sus ejercicios</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Built-in session: saves to your own copy, {file}</source>
            <translation>Sesión predefinida: se guarda en tu propia copia, {file}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Saves to {file}</source>
            <translation>Se guarda en {file}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/editing.py" />
            <source>{problem} (and %n more)</source>
            <translation>
                <numerusform>{problem} (y %n más)</numerusform>
                <numerusform>{problem} (y %n más)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/editing.py" />
            <source>⚠ %n problem(s) to fix before saving — {problem}</source>
            <translation>
                <numerusform>⚠ %n problema por corregir antes de guardar — {problem}</numerusform>
                <numerusform>⚠ %n problemas por corregir antes de guardar — {problem}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>✓ Ready to save</source>
            <translation>✓ Listo para guardar</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Total {time} (self-paced reps estimated)</source>
            <translation>Total {time} (repeticiones a tu ritmo estimadas)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Total {time}</source>
            <translation>Total {time}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Total —</source>
            <translation>Total —</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Edit “{name}”</source>
            <translation>Editar “{name}”</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Edit session</source>
            <translation>Editar sesión</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>This move has problems to fix before it can be kept in your moves.</source>
            <translation>Este ejercicio tiene problemas que corregir antes de guardarlo en tus ejercicios.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>cannot create {folder}</source>
            <translation>no se puede crear {folder}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{file} changed while your move was being saved; it was not overwritten. Try again.</source>
            <translation>{file} cambió mientras se guardaba tu ejercicio; no se sobrescribió. Vuelve a intentarlo.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{file} was not saved: it cannot be read as TOML ({error}); fix it in a text editor first. Nothing was changed.</source>
            <translation>{file} no se guardó: no se puede leer como TOML ({error}); corrígelo primero en un editor de texto. No se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{file} already has a move called '{name}'; it was not replaced.</source>
            <translation>{file} ya tiene un ejercicio llamado '{name}'; no se reemplazó.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{file} was not saved: the move could not be written as TOML ({error}). Nothing was changed.</source>
            <translation>{file} no se guardó: el ejercicio no se pudo escribir como TOML ({error}). No se cambió nada.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../hiptimer/errors.py" />
            <source>move {number}</source>
            <translation>ejercicio {number}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/errors.py" />
            <source>block {number}</source>
            <translation>bloque {number}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/errors.py" />
            <source>{entry} ({name})</source>
            <translation>{entry} ({name})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/errors.py" />
            <source>library move '{move}'</source>
            <translation>ejercicio de biblioteca '{move}'</translation>
        </message>
        <message>
            <location filename="../../hiptimer/errors.py" />
            <source>line {line}: {place}: {problem}</source>
            <translation>línea {line}: {place}: {problem}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/errors.py" />
            <source>line {line}: {problem}</source>
            <translation>línea {line}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>gui.colour_menu</name>
        <message>
            <location filename="../../hiptimer/gui/colour_menu.py" />
            <source>&amp;System</source>
            <translation>&amp;Sistema</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/colour_menu.py" />
            <source>&amp;Light</source>
            <translation>&amp;Claro</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/colour_menu.py" />
            <source>&amp;Dark</source>
            <translation>&amp;Oscuro</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/colour_menu.py" />
            <source>&amp;High contrast</source>
            <translation>&amp;Alto contraste</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/colour_menu.py" />
            <source>&amp;Colours</source>
            <translation>&amp;Colores</translation>
        </message>
    </context>
    <context>
        <name>gui.controllers.progress</name>
        <message>
            <location filename="../../hiptimer/gui/controllers/progress.py" />
            <source>Could not change the dose</source>
            <translation>No se pudo cambiar la dosis</translation>
        </message>
    </context>
    <context>
        <name>gui.controllers.run</name>
        <message>
            <location filename="../../hiptimer/gui/controllers/run.py" />
            <source>Stop this session?</source>
            <translation>¿Parar esta sesión?</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/run.py" />
            <source>You have done {time} of it. Stop now and go back to the start? It is kept in your history as stopped.</source>
            <translation>Llevas {time}. ¿Parar ahora y volver al inicio? Queda en tu historial como detenida.</translation>
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
            <translation>No se pudo exportar el historial</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/texts.py" />
            <source>Could not keep these settings</source>
            <translation>No se pudieron guardar estos ajustes</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/texts.py" />
            <source>Still using “{name}”.</source>
            <translation>Se sigue usando “{name}”.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/texts.py" />
            <source>Nothing to edit</source>
            <translation>Nada que editar</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/texts.py" />
            <source>This session was not read from a file.</source>
            <translation>Esta sesión no se leyó de un archivo.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/texts.py" />
            <source>Could not duplicate</source>
            <translation>No se pudo duplicar</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/texts.py" />
            <source>Could not delete</source>
            <translation>No se pudo eliminar</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/texts.py" />
            <source>Could not restore</source>
            <translation>No se pudo restaurar</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/texts.py" />
            <source>Delete session?</source>
            <translation>¿Eliminar la sesión?</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/texts.py" />
            <source>Move “{name}” to the trash folder of your library? You can get it back from {trash}.</source>
            <translation>¿Mover “{name}” a la papelera de tu biblioteca? Puedes recuperarla desde {trash}.</translation>
        </message>
    </context>
    <context>
        <name>gui.controllers.tracker</name>
        <message>
            <location filename="../../hiptimer/gui/controllers/tracker.py" />
            <source>A warm-up session is running</source>
            <translation>Hay una sesión de calentamiento en curso</translation>
        </message>
    </context>
    <context>
        <name>gui.dialogs</name>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Open a session</source>
            <translation>Abrir una sesión</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Sessions (*.toml);;All files (*)</source>
            <translation>Sesiones (*.toml);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>This session has problems</source>
            <translation>Esta sesión tiene problemas</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>{file} could not be used (%n problem(s)).
{fallback}</source>
            <translation>
                <numerusform>No se pudo usar {file} (%n problema).
{fallback}</numerusform>
                <numerusform>No se pudo usar {file} (%n problemas).
{fallback}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Export history</source>
            <translation>Exportar historial</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>hiptimer will be in {language} from its next start.</source>
            <translation>hiptimer estará en {language} a partir del próximo inicio.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Restart now</source>
            <translation>Reiniciar ahora</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Later</source>
            <translation>Más tarde</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Discard changes?</source>
            <translation>¿Descartar los cambios?</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>You have changed this session. Close the editor and lose those changes?</source>
            <translation>Hiciste cambios en esta sesión. ¿Cerrar el editor y perder esos cambios?</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Not saved</source>
            <translation>No guardado</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Your changes are still in the editor. You can save them to another file, or cancel and try again.</source>
            <translation>Tus cambios siguen en el editor. Puedes guardarlos en otro archivo, o cancelar y volver a intentarlo.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Save as…</source>
            <translation>Guardar como…</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Save session as</source>
            <translation>Guardar sesión como</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Sessions (*.toml)</source>
            <translation>Sesiones (*.toml)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Choose a picture</source>
            <translation>Elige una imagen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Pictures (*.svg *.png *.jpg *.jpeg *.gif *.webp)</source>
            <translation>Imágenes (*.svg *.png *.jpg *.jpeg *.gif *.webp)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Choose a sound</source>
            <translation>Elige un sonido</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Sounds (*.wav *.ogg *.mp3)</source>
            <translation>Sonidos (*.wav *.ogg *.mp3)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Save to my moves</source>
            <translation>Guardar en mis ejercicios</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Name to use it by in any session (move = "name"):</source>
            <translation>Nombre para usarlo en cualquier sesión (move = "nombre"):</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Replace your move?</source>
            <translation>¿Reemplazar tu ejercicio?</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Your moves already have one called “{name}”. Replace it with this one?</source>
            <translation>Tus ejercicios ya tienen uno llamado “{name}”. ¿Reemplazarlo por este?</translation>
        </message>
    </context>
    <context>
        <name>gui.language</name>
        <message>
            <location filename="../../hiptimer/gui/language.py" />
            <source>System language</source>
            <translation>Idioma del sistema</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/language.py" />
            <source>The language could not be saved: {reason}</source>
            <translation>No se pudo guardar el idioma: {reason}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/language.py" />
            <source>the system language</source>
            <translation>el idioma del sistema</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/language.py" />
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
    </context>
    <context>
        <name>gui.main</name>
        <message>
            <location filename="../../hiptimer/gui/main.py" />
            <source>&amp;Voice</source>
            <translation>&amp;Voz</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/main.py" />
            <source>Flash at every change</source>
            <translation>Destellar en cada cambio</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/main.py" />
            <source>Using “{name}” instead.</source>
            <translation>Se usa “{name}” en su lugar.</translation>
        </message>
    </context>
    <context>
        <name>gui.other_players</name>
        <message>
            <location filename="../../hiptimer/gui/other_players.py" />
            <source>Pause other players during a session</source>
            <translation>Pausar otros reproductores durante una sesión</translation>
        </message>
    </context>
    <context>
        <name>gui.shell</name>
        <message>
            <location filename="../../hiptimer/gui/shell.py" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/shell.py" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/shell.py" />
            <source>Export history as CSV…</source>
            <translation>Exportar historial como CSV…</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/shell.py" />
            <source>Try sound again</source>
            <translation>Reintentar el sonido</translation>
        </message>
    </context>
    <context>
        <name>gui.theme</name>
        <message>
            <location filename="../../hiptimer/gui/theme.py" />
            <source>GET READY</source>
            <translation>PREPÁRATE</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/theme.py" />
            <source>WORK</source>
            <translation>TRABAJO</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/theme.py" />
            <source>SWITCH SIDES</source>
            <translation>CAMBIO DE LADO</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/theme.py" />
            <source>REST</source>
            <translation>DESCANSO</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/theme.py" />
            <source>ROUND REST</source>
            <translation>DESCANSO DE RONDA</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/theme.py" />
            <source>DONE</source>
            <translation>LISTO</translation>
        </message>
    </context>
    <context>
        <name>gui.views.editor.dialog</name>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Edit session</source>
            <translation>Editar sesión</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Cannot edit this session</source>
            <translation>No se puede editar esta sesión</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Add move</source>
            <translation>Añadir ejercicio</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Add a built-in move or a blank one after the selected move</source>
            <translation>Añade un ejercicio predefinido o uno en blanco tras el ejercicio seleccionado</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Remove the selected move or block</source>
            <translation>Quita el ejercicio o bloque seleccionado</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Add block</source>
            <translation>Añadir bloque</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Add a block of moves at the end</source>
            <translation>Añade un bloque de ejercicios al final</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Save to my moves</source>
            <translation>Guardar en mis ejercicios</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Save this move to my moves (moves.toml in the config folder), to use in any session</source>
            <translation>Guarda este ejercicio en mis ejercicios (moves.toml en la carpeta de configuración), para usarlo en cualquier sesión</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Whole session</source>
            <translation>Toda la sesión</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Block</source>
            <translation>Bloque</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Move</source>
            <translation>Ejercicio</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Close without saving (Esc)</source>
            <translation>Cerrar sin guardar (Esc)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Save and close (Ctrl+S)</source>
            <translation>Guardar y cerrar (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>{file} was not saved because of an unexpected error ({error}: {reason}).</source>
            <translation>{file} no se guardó por un error inesperado ({error}: {reason}).</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>the session was not saved</source>
            <translation>la sesión no se guardó</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>⚠ Not saved — {reason}</source>
            <translation>⚠ No guardado — {reason}</translation>
        </message>
    </context>
    <context>
        <name>gui.views.editor.dose</name>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dose.py" />
            <source>Reps</source>
            <translation>Repeticiones</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dose.py" />
            <source>Hold (s)</source>
            <translation>Mantener (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dose.py" />
            <source>Work (s)</source>
            <translation>Trabajo (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dose.py" />
            <source>Count reps, hold a position, or work for a time (squats, jumps, a run)</source>
            <translation>Contar repeticiones, mantener una posición o trabajar un tiempo (sentadillas, saltos, una carrera)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dose.py" />
            <source>Reps per side and per set</source>
            <translation>Repeticiones por lado y por serie</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dose.py" />
            <source>Seconds to hold, per side and per set</source>
            <translation>Segundos que mantener, por lado y por serie</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dose.py" />
            <source>Seconds of work, per side and per set</source>
            <translation>Segundos de trabajo, por lado y por serie</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dose.py" />
            <source>Until I say done</source>
            <translation>Hasta que diga listo</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dose.py" />
            <source>No clock: it counts up and you press Space when done</source>
            <translation>Sin reloj: cuenta hacia arriba y pulsas Espacio al terminar</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dose.py" />
            <source>Reps, hold or work</source>
            <translation>Repeticiones, mantener o trabajo</translation>
        </message>
    </context>
    <context>
        <name>gui.views.editor.fields</name>
        <message>
            <location filename="../../hiptimer/gui/views/editor/fields.py" />
            <source>Use the value {source} instead</source>
            <translation>Usar en su lugar el valor {source}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/fields.py" />
            <source>Not set here: the value {source} applies</source>
            <translation>Sin fijar aquí: se aplica el valor {source}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/fields.py" />
            <source>not used here</source>
            <translation>no se usa aquí</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/fields.py" />
            <source>Self-paced</source>
            <translation>A tu ritmo</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/fields.py" />
            <source>How long one rep takes, in seconds</source>
            <translation>Cuánto dura una repetición, en segundos</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/fields.py" />
            <source>No beat: press Space when you have done your reps</source>
            <translation>Sin ritmo: pulsa Espacio cuando hayas hecho tus repeticiones</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/fields.py" />
            <source>{value} (unknown)</source>
            <translation>{value} (desconocido)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/fields.py" />
            <source>None (all settings here)</source>
            <translation>Ninguno (todos los ajustes aquí)</translation>
        </message>
    </context>
    <context>
        <name>gui.views.editor.files</name>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Get ready</source>
            <translation>Prepárate</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Go (a move starts)</source>
            <translation>Adelante (empieza un ejercicio)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Rest</source>
            <translation>Descanso</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Switch sides</source>
            <translation>Cambio de lado</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Halfway</source>
            <translation>Mitad</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Countdown (3-2-1)</source>
            <translation>Cuenta atrás (3-2-1)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Each rep</source>
            <translation>Cada repetición</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>New round</source>
            <translation>Nueva ronda</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Done</source>
            <translation>Final</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>File…</source>
            <translation>Archivo…</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Picture</source>
            <translation>Imagen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>A built-in picture, or a .svg, .png, .jpg, .gif or .webp file</source>
            <translation>Una imagen predefinida, o un archivo .svg, .png, .jpg, .gif o .webp</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Choose a picture file</source>
            <translation>Elegir un archivo de imagen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>built-in tone</source>
            <translation>tono predefinido</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>A .wav, .ogg or .mp3 file for '{cue}', relative to the session</source>
            <translation>Un archivo .wav, .ogg o .mp3 para '{cue}', relativo a la sesión</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Sound for {cue}</source>
            <translation>Sonido para {cue}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Choose a sound file for '{cue}'</source>
            <translation>Elegir un archivo de sonido para '{cue}'</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Your own sounds</source>
            <translation>Tus propios sonidos</translation>
        </message>
    </context>
    <context>
        <name>gui.views.editor.forms</name>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Left</source>
            <translation>Izquierda</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Right</source>
            <translation>Derecha</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>No sides (one phase)</source>
            <translation>Sin lados (una fase)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Both sides, one after the other</source>
            <translation>Ambos lados, uno tras otro</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Left side only</source>
            <translation>Solo lado izquierdo</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Right side only</source>
            <translation>Solo lado derecho</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Alternating legs, rep by rep</source>
            <translation>Piernas alternas, repetición a repetición</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>{key}: {problem}</source>
            <translation>{key}: {problem}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>First side</source>
            <translation>Primer lado</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>e.g. Pre-run activation</source>
            <translation>p. ej., Activación antes de correr</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Spoken at the start</source>
            <translation>Se dice al empezar</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>the name, unless set</source>
            <translation>el nombre, si no se indica</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Finish text</source>
            <translation>Texto final</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Shown and spoken at the end, in place of “Done — go run!”</source>
            <translation>Se muestra y se dice al final, en lugar de “¡Listo, a correr!”</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Rounds</source>
            <translation>Rondas</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>How many times the moves are done</source>
            <translation>Cuántas veces se hacen los ejercicios</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Get ready (s)</source>
            <translation>Prepárate (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Time to get onto the mat</source>
            <translation>Tiempo para ponerte en la esterilla</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Tempo (s per rep)</source>
            <translation>Ritmo (s por repetición)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Rest between moves (s)</source>
            <translation>Descanso entre ejercicios (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Rest between sets (s)</source>
            <translation>Descanso entre series (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Rest between rounds (s)</source>
            <translation>Descanso entre rondas (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Switch sides (s)</source>
            <translation>Cambio de lado (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Time to change to the other side</source>
            <translation>Tiempo para pasar al otro lado</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>The side the session's both-sided and alternating moves start on</source>
            <translation>El lado por el que empiezan los ejercicios a ambos lados y alternos de la sesión</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Block name</source>
            <translation>Nombre del bloque</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>e.g. Circuit</source>
            <translation>p. ej., Circuito</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>How many times this block's moves are done</source>
            <translation>Cuántas veces se hacen los ejercicios de este bloque</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Time to change sides (and to turn over)</source>
            <translation>Tiempo para cambiar de lado (y darte la vuelta)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Sides</source>
            <translation>Lados</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>One side, then the other</source>
            <translation>Un lado y luego el otro</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Do every both-sided move on the first side, then the whole block again on the other, with one switch between</source>
            <translation>Hacer cada ejercicio a ambos lados por el primer lado y luego todo el bloque otra vez por el otro, con un cambio entre medias</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>The side this block's both-sided and alternating moves start on</source>
            <translation>El lado por el que empiezan los ejercicios a ambos lados y alternos de este bloque</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Which sides the move is done on</source>
            <translation>Por qué lados se hace el ejercicio</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Based on</source>
            <translation>Basado en</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>A library move whose settings this move starts from</source>
            <translation>Un ejercicio de biblioteca del que parten los ajustes de este ejercicio</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>e.g. Clam shell</source>
            <translation>p. ej., Almeja</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Counts as (s)</source>
            <translation>Cuenta como (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>What a move you end yourself counts for in the total, per side and set (by default 3 s a rep, or 30 s)</source>
            <translation>Lo que cuenta en el total un ejercicio que terminas tú, por lado y serie (por defecto 3 s por repetición, o 30 s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>auto</source>
            <translation>auto</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>The side this both-sided and alternating moves start on</source>
            <translation>El lado por el que empieza este ejercicio a ambos lados o alterno</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Sets</source>
            <translation>Series</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>How many times in a row, with a rest between</source>
            <translation>Cuántas veces seguidas, con un descanso entre medias</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Every (s)</source>
            <translation>Cada (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Start each set this long after the last one started (every minute on the minute: 60)</source>
            <translation>Empieza cada serie este tiempo después del inicio de la anterior (cada minuto en punto: 60)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>off</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Rest after (s)</source>
            <translation>Descanso después (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Rest after this move</source>
            <translation>Descanso después de este ejercicio</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Mirror</source>
            <translation>Espejo</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Mirrored on the right side</source>
            <translation>En espejo en el lado derecho</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Show the picture mirrored while the right side is worked</source>
            <translation>Mostrar la imagen en espejo mientras se trabaja el lado derecho</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Instructions</source>
            <translation>Instrucciones</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Spoken name</source>
            <translation>Nombre hablado</translation>
        </message>
    </context>
    <context>
        <name>gui.views.editor.move_list</name>
        <message>
            <location filename="../../hiptimer/gui/views/editor/move_list.py" />
            <source>Blank move</source>
            <translation>Ejercicio en blanco</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/move_list.py" />
            <source>Whole session</source>
            <translation>Toda la sesión</translation>
        </message>
    </context>
    <context>
        <name>gui.views.editor.own_moves</name>
        <message>
            <location filename="../../hiptimer/gui/views/editor/own_moves.py" />
            <source>Move not saved</source>
            <translation>Ejercicio no guardado</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/own_moves.py" />
            <source>✓ Saved to your moves as “{name}” ({file}): use it with move = "{name}"</source>
            <translation>✓ Guardado en tus ejercicios como “{name}” ({file}): úsalo con move = "{name}"</translation>
        </message>
    </context>
    <context>
        <name>gui.views.editor.progression</name>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Off: keeps its dose</source>
            <translation>Desactivada: mantiene su dosis</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>The session's rule</source>
            <translation>La regla de la sesión</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Its own rule</source>
            <translation>Su propia regla</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>How much the dose goes up or down: reps, or seconds</source>
            <translation>Cuánto sube o baja la dosis: repeticiones o segundos</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Easy runs</source>
            <translation>Sesiones fáciles</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>How many runs in a row rated easy before a step up</source>
            <translation>Cuántas sesiones seguidas valoradas como fáciles antes de subir un paso</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Ceiling</source>
            <translation>Máximo</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>The highest dose</source>
            <translation>La dosis más alta</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Floor</source>
            <translation>Mínimo</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>The lowest dose a hard run steps down to</source>
            <translation>La dosis más baja a la que se baja tras una sesión difícil</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Reps</source>
            <translation>Repeticiones</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Hold (s)</source>
            <translation>Mantener (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Work (s)</source>
            <translation>Trabajo (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Take this out: the value hiptimer uses by default, or the session's, applies</source>
            <translation>Quitar esto: se aplica el valor que hiptimer usa por defecto, o el de la sesión</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Not set here: the value {source}</source>
            <translation>Sin fijar aquí: el valor {source}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Whether this move's dose follows your ratings of finished runs</source>
            <translation>Si la dosis de este ejercicio sigue tus valoraciones de las sesiones terminadas</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Progression</source>
            <translation>Progresión</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Its harder variation</source>
            <translation>Su variante más difícil</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Stay at the ceiling</source>
            <translation>Quedarse en el máximo</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>The move to go on to once the ceiling is reached</source>
            <translation>El ejercicio al que pasar al alcanzar el máximo</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Then</source>
            <translation>Después</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Its harder variation ({move})</source>
            <translation>Su variante más difícil ({move})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Its harder variation (none: stays at the ceiling)</source>
            <translation>Su variante más difícil (ninguna: se queda en el máximo)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>{move} (unknown)</source>
            <translation>{move} (desconocido)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>{tip}, for every move counted in {kind} (none: no rule for them)</source>
            <translation>{tip}, para cada ejercicio medido en {kind} (ninguno: sin regla para ellos)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>none</source>
            <translation>ninguno</translation>
        </message>
    </context>
    <context>
        <name>gui.views.finish</name>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Easy (1)</source>
            <translation>Fácil (1)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>It felt easy (1)</source>
            <translation>Se sintió fácil (1)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Noted: it felt easy.</source>
            <translation>Anotado: se sintió fácil.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Just right (2)</source>
            <translation>En su punto (2)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>It felt just right (2)</source>
            <translation>Se sintió en su punto (2)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Noted: it felt just right.</source>
            <translation>Anotado: se sintió en su punto.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Hard (3)</source>
            <translation>Difícil (3)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>It felt hard (3)</source>
            <translation>Se sintió difícil (3)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Noted: it felt hard.</source>
            <translation>Anotado: se sintió difícil.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Done — go run!</source>
            <translation>¡Listo, a correr!</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Sound is off (M)</source>
            <translation>El sonido está apagado (M)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>How did it feel?</source>
            <translation>¿Cómo se sintió?</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Again (R)</source>
            <translation>Otra vez (R)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Do the session again (R)</source>
            <translation>Hacer la sesión otra vez (R)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Back to start (Esc)</source>
            <translation>Al inicio (Esc)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Back to the start screen (Esc)</source>
            <translation>Volver a la pantalla de inicio (Esc)</translation>
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
            <translation>Progreso de la sesión</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>SOUND OFF</source>
            <translation>SIN SONIDO</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Sound is off</source>
            <translation>El sonido está apagado</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Countdown</source>
            <translation>Cuenta atrás</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>◀ Back</source>
            <translation>◀ Atrás</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Restart this phase, or go back one (←)</source>
            <translation>Reiniciar esta fase o volver a la anterior (←)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Done ✓</source>
            <translation>Listo ✓</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Done with these reps (Space)</source>
            <translation>Listo con estas repeticiones (Espacio)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Pause or resume (Space)</source>
            <translation>Pausar o reanudar (Espacio)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Skip ▶</source>
            <translation>Saltar ▶</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Skip to the next phase (→)</source>
            <translation>Saltar a la fase siguiente (→)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Restart</source>
            <translation>Reiniciar</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Start the session again (R)</source>
            <translation>Empezar la sesión de nuevo (R)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>■ Stop</source>
            <translation>■ Parar</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Stop and go back to the start (Esc)</source>
            <translation>Parar y volver al inicio (Esc)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Mute</source>
            <translation>Silenciar</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Sound on or off (M)</source>
            <translation>Activar o silenciar el sonido (M)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Full screen</source>
            <translation>Pantalla completa</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Full screen on or off (F11)</source>
            <translation>Activar o salir de pantalla completa (F11)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Paused — Space to resume</source>
            <translation>En pausa — Espacio para seguir</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Resume</source>
            <translation>Reanudar</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Unmute</source>
            <translation>Activar sonido</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Leave full screen</source>
            <translation>Salir de pantalla completa</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Exit full</source>
            <translation>Ventana</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Full</source>
            <translation>Completa</translation>
        </message>
    </context>
    <context>
        <name>gui.views.start</name>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Pick a session: built-in, your own, or recent</source>
            <translation>Elige una sesión: predefinida, tuya o reciente</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Session:</source>
            <translation>Sesión:</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Open…</source>
            <translation>Abrir…</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Open a session file (Ctrl+O)</source>
            <translation>Abrir un archivo de sesión (Ctrl+O)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Edit this session (Ctrl+E)</source>
            <translation>Editar esta sesión (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>More session actions</source>
            <translation>Más acciones de sesión</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>More: duplicate, delete, show in folder</source>
            <translation>Más: duplicar, eliminar, mostrar en carpeta</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Rounds</source>
            <translation>Rondas</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Rounds for this run</source>
            <translation>Rondas solo esta vez</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Reps and holds</source>
            <translation>Repeticiones y tiempos</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Reps and hold times for this run</source>
            <translation>Repeticiones y tiempos de mantener solo esta vez</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>{percent} %</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Fewer reps and shorter holds</source>
            <translation>Menos repeticiones y tiempos más cortos</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>More reps and longer holds</source>
            <translation>Más repeticiones y tiempos más largos</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Keep these</source>
            <translation>Conservar</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Save these rounds and reps into the session</source>
            <translation>Guardar estas rondas y repeticiones en la sesión</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Goal per week</source>
            <translation>Objetivo semanal</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Your goal: warm-ups per week</source>
            <translation>Tu objetivo: calentamientos por semana</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Volume</source>
            <translation>Volumen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Volume of the cues and the voice</source>
            <translation>Volumen de los avisos y la voz</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Sound is off — press M to turn it on</source>
            <translation>El sonido está apagado — pulsa M para activarlo</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Start  (Space)</source>
            <translation>Empezar  (Espacio)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Start the session (Space)</source>
            <translation>Empezar la sesión (Espacio)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Duplicate</source>
            <translation>Duplicar</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Delete (to trash)</source>
            <translation>Eliminar (a la papelera)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Show in folder</source>
            <translation>Mostrar en carpeta</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Restore a deleted session</source>
            <translation>Restaurar una sesión eliminada</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>(the trash is empty)</source>
            <translation>(la papelera está vacía)</translation>
        </message>
    </context>
    <context>
        <name>gui.views.suggestions</name>
        <message numerus="yes">
            <location filename="../../hiptimer/gui/views/suggestions.py" />
            <source>{suggestion} (and %n more)</source>
            <translation>
                <numerusform>{suggestion} (y %n más)</numerusform>
                <numerusform>{suggestion} (y %n más)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/suggestions.py" />
            <source>Take it</source>
            <translation>Aplicar</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/suggestions.py" />
            <source>Use this dose from now on (saved in your copy)</source>
            <translation>Usar esta dosis a partir de ahora (se guarda en tu copia)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/suggestions.py" />
            <source>Keep the old dose</source>
            <translation>Mantener la dosis</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/suggestions.py" />
            <source>Leave the dose as it is</source>
            <translation>Dejar la dosis como está</translation>
        </message>
    </context>
    <context>
        <name>gui.views.week_chart</name>
        <message>
            <location filename="../../hiptimer/gui/views/week_chart.py" />
            <source>Sessions per week</source>
            <translation>Sesiones por semana</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/gui/views/week_chart.py" />
            <source>week of {date}: %n run(s) and {skipped} skipped</source>
            <translation>
                <numerusform>semana del {date}: %n sesión y {skipped} omitidas</numerusform>
                <numerusform>semana del {date}: %n sesiones y {skipped} omitidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/gui/views/week_chart.py" />
            <source>week of {date}: %n run(s)</source>
            <translation>
                <numerusform>semana del {date}: %n sesión</numerusform>
                <numerusform>semana del {date}: %n sesiones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/gui/views/week_chart.py" />
            <source>Goal: %n run(s) a week. Counted runs in recent weeks: {counts}</source>
            <translation>
                <numerusform>Objetivo: %n sesión por semana. Sesiones contadas en las últimas semanas: {counts}</numerusform>
                <numerusform>Objetivo: %n sesiones por semana. Sesiones contadas en las últimas semanas: {counts}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/week_chart.py" />
            <source>goal {goal}</source>
            <translation>objetivo {goal}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/week_chart.py" />
            <source>now</source>
            <translation>ahora</translation>
        </message>
    </context>
    <context>
        <name>gui.views.widgets</name>
        <message>
            <location filename="../../hiptimer/gui/views/widgets.py" />
            <source>{name} picture</source>
            <translation>Imagen de {name}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/widgets.py" />
            <source>{name}, start position, mirrored for the other side</source>
            <translation>{name}, posición inicial, en espejo para el otro lado</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/widgets.py" />
            <source>{name}, start position</source>
            <translation>{name}, posición inicial</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/widgets.py" />
            <source>{name}, end position, mirrored for the other side</source>
            <translation>{name}, posición final, en espejo para el otro lado</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/widgets.py" />
            <source>{name}, end position</source>
            <translation>{name}, posición final</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/widgets.py" />
            <source>{name}, mirrored for the other side</source>
            <translation>{name}, en espejo para el otro lado</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/widgets.py" />
            <source>{percent} % done</source>
            <translation>{percent} % hecho</translation>
        </message>
    </context>
    <context>
        <name>gui.voice_menu</name>
        <message>
            <location filename="../../hiptimer/gui/voice_menu.py" />
            <source>&amp;Piper (natural voice)</source>
            <translation>&amp;Piper (voz natural)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/voice_menu.py" />
            <source>&amp;espeak-ng</source>
            <translation>&amp;espeak-ng</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/voice_menu.py" />
            <source>&amp;System voice</source>
            <translation>&amp;Voz del sistema</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/voice_menu.py" />
            <source>&amp;Tones only</source>
            <translation>&amp;Solo tonos</translation>
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
            <translation>Iniciar / pausar / reanudar / listo</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/window.py" />
            <source>Skip</source>
            <translation>Saltar</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/window.py" />
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/window.py" />
            <source>Stop</source>
            <translation>Parar</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/window.py" />
            <source>Restart</source>
            <translation>Reiniciar</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/window.py" />
            <source>Mute</source>
            <translation>Silenciar</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/window.py" />
            <source>Full screen</source>
            <translation>Pantalla completa</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/window.py" />
            <source>Leave full screen / stop</source>
            <translation>Salir de pantalla completa / parar</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/window.py" />
            <source>Open…</source>
            <translation>Abrir…</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/window.py" />
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/window.py" />
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <location filename="../../hiptimer/history.py" />
            <source>it is a folder</source>
            <translation>es una carpeta</translation>
        </message>
        <message>
            <location filename="../../hiptimer/history.py" />
            <source>file is not a database</source>
            <translation>el archivo no es una base de datos</translation>
        </message>
        <message>
            <location filename="../../hiptimer/history.py" />
            <source>it was written by a newer hiptimer (schema version {version})</source>
            <translation>lo escribió un hiptimer más reciente (versión de esquema {version})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/history.py" />
            <source>{reason}, and it could not be moved aside: {error}</source>
            <translation>{reason}, y no se pudo apartar: {error}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/history.py" />
            <source>The history file {file} could not be read ({reason}). It was moved to {aside} and a new history was started.</source>
            <translation>No se pudo leer el archivo de historial {file} ({reason}). Se movió a {aside} y se empezó un historial nuevo.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/history.py" />
            <source>{reason}; a new file failed too: {error}</source>
            <translation>{reason}; un archivo nuevo también falló: {error}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/history.py" />
            <source>The history file {file} cannot be used ({reason}). Sessions this time will not be remembered.</source>
            <translation>No se puede usar el archivo de historial {file} ({reason}). Las sesiones de esta vez no se recordarán.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/history.py" />
            <source>Runs cannot be written to the history file {file} right now ({reason}). They are kept while hiptimer is open and written as soon as the file takes them.</source>
            <translation>Ahora no se pueden escribir sesiones en el archivo de historial {file} ({reason}). Se conservan mientras hiptimer esté abierto y se escriben en cuanto el archivo lo permita.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/history.py" />
            <source>%n run(s), {minutes} min</source>
            <translation>
                <numerusform>%n sesión, {minutes} min</numerusform>
                <numerusform>%n sesiones, {minutes} min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>library</name>
        <message>
            <location filename="../../hiptimer/library.py" />
            <source>cannot copy {file}: {reason}</source>
            <translation>no se puede copiar {file}: {reason}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/library.py" />
            <source>{name} is built into hiptimer and cannot be deleted.</source>
            <translation>{name} viene con hiptimer y no se puede eliminar.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/library.py" />
            <source>{file} is not in your session library; it can only be removed from the recent list.</source>
            <translation>{file} no está en tu biblioteca de sesiones; solo se puede quitar de la lista de recientes.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/library.py" />
            <source>cannot move {file} to the trash: {reason}</source>
            <translation>no se puede mover {file} a la papelera: {reason}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/library.py" />
            <source>cannot restore {file}: {reason}</source>
            <translation>no se puede restaurar {file}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>plan</name>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>Done — go run!</source>
            <translation>¡Listo, a correr!</translation>
        </message>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>left side</source>
            <translation>lado izquierdo</translation>
        </message>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>right side</source>
            <translation>lado derecho</translation>
        </message>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>left leg</source>
            <translation>pierna izquierda</translation>
        </message>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>right leg</source>
            <translation>pierna derecha</translation>
        </message>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>{move} — alternating legs</source>
            <translation>{move} — piernas alternas</translation>
        </message>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>{move} — {side}</source>
            <translation>{move} — {side}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>Rest</source>
            <translation>Descanso</translation>
        </message>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>Switch sides</source>
            <translation>Cambio de lado</translation>
        </message>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>Get ready</source>
            <translation>Prepárate</translation>
        </message>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>Round rest</source>
            <translation>Descanso de ronda</translation>
        </message>
    </context>
    <context>
        <name>preflight</name>
        <message>
            <location filename="../../hiptimer/preflight.py" />
            <source>X11 (Qt's xcb platform plugin)</source>
            <translation>X11 (el plugin de plataforma xcb de Qt)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/preflight.py" />
            <source>Wayland (Qt's wayland platform plugin)</source>
            <translation>Wayland (el plugin de plataforma wayland de Qt)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/preflight.py" />
            <source>{first} or {second}</source>
            <translation>{first} o {second}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/preflight.py" />
            <source>hiptimer: Qt cannot open the window on {platforms}: these libraries are missing:</source>
            <translation>hiptimer: Qt no puede abrir la ventana en {platforms}: faltan estas bibliotecas:</translation>
        </message>
        <message>
            <location filename="../../hiptimer/preflight.py" />
            <source>hiptimer: Qt cannot start: these libraries are missing:</source>
            <translation>hiptimer: Qt no puede iniciarse: faltan estas bibliotecas:</translation>
        </message>
        <message>
            <location filename="../../hiptimer/preflight.py" />
            <source>Install them, then start hiptimer again:</source>
            <translation>Instálalas y vuelve a iniciar hiptimer:</translation>
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
            <translation>No se conoce aquí ningún paquete para {name}: {apt} o {dnf} lo encuentra.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/preflight.py" />
            <source>Or choose another Qt platform: on a Wayland desktop, {wayland} uses Wayland instead of X11; {offscreen} runs with no window at all (for scripts and tests).</source>
            <translation>O elige otra plataforma de Qt: en un escritorio Wayland, {wayland} usa Wayland en lugar de X11; {offscreen} funciona sin ninguna ventana (para scripts y pruebas).</translation>
        </message>
        <message>
            <location filename="../../hiptimer/preflight.py" />
            <source>PySide6 {pyside} on Python {python} is known to crash: the interpreter aborts after a few thousand updates of the window. Install another PySide6 with {command}, or run hiptimer on Python {newer} or newer.</source>
            <translation>PySide6 {pyside} con Python {python} tiene un fallo conocido: el intérprete aborta tras unos pocos miles de actualizaciones de la ventana. Instala otro PySide6 con {command} o ejecuta hiptimer con Python {newer} o posterior.</translation>
        </message>
    </context>
    <context>
        <name>progression</name>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>a table</source>
            <translation>una tabla</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>a list</source>
            <translation>una lista</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>must be a table like {example}, or true or false, got {value}</source>
            <translation>debe ser una tabla como {example}, o true o false, se recibió {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>easy runs in a row</source>
            <translation>sesiones fáciles seguidas</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>reps or seconds</source>
            <translation>repeticiones o segundos</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>must be a whole number from {low} to {high} ({what}), got {value}</source>
            <translation>debe ser un número entero de {low} a {high} ({what}), se recibió {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>must not be above the ceiling ({ceiling}), got {floor}</source>
            <translation>no debe superar el máximo ({ceiling}), se recibió {floor}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>unknown key '{key}'; did you mean '{close}'?</source>
            <translation>clave desconocida '{key}'; ¿quisiste decir '{close}'?</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>unknown key '{key}' here: the session's rules are per kind of move, e.g. reps = {{ {key} = 2 }} or hold = {{ {key} = 5 }}</source>
            <translation>clave desconocida '{key}' aquí: las reglas de la sesión van por tipo de ejercicio, p. ej. reps = {{ {key} = 2 }} o hold = {{ {key} = 5 }}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>unknown key '{key}' here: the harder variation is a move's own (on the move)</source>
            <translation>clave desconocida '{key}' aquí: la variante más difícil es propia de cada ejercicio (va en el ejercicio)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>unknown key '{key}'; a progression table may have {keys}</source>
            <translation>clave desconocida '{key}'; una tabla de progresión puede tener {keys}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>must be the name of a move, e.g. "banded-clam-shell", got {value}</source>
            <translation>debe ser el nombre de un ejercicio, p. ej. "banded-clam-shell", se recibió {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>must not be empty (leave it out when the move has no harder variation)</source>
            <translation>no debe estar vacío (omítelo cuando el ejercicio no tenga variante más difícil)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>must be at most {limit} characters, got {length}</source>
            <translation>debe tener como máximo {limit} caracteres, tiene {length}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>must not hold a control character ({character} at {where})</source>
            <translation>no debe contener un carácter de control ({character} en {where})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/progression.py" />
            <source>last %n run(s) felt easy</source>
            <translation>
                <numerusform>la última sesión se sintió fácil</numerusform>
                <numerusform>las últimas %n sesiones se sintieron fáciles</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>{amount:g} each side</source>
            <translation>{amount:g} por lado</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>{amount:g} reps</source>
            <translation>{amount:g} repeticiones</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>{amount:g} s each side</source>
            <translation>{amount:g} s por lado</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>{felt}: {move} {amount}, was {was}</source>
            <translation>{felt}: {move} {amount}, antes {was}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>{felt} at the top dose of {move} ({top}): on to {next}</source>
            <translation>{felt} en la dosis máxima de {move} ({top}): pasa a {next}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>{felt} at the top dose of {move} ({top}): on to {next}, {start}</source>
            <translation>{felt} en la dosis máxima de {move} ({top}): pasa a {next}, {start}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>last run felt hard: {move} {amount}, was {was}</source>
            <translation>la última sesión se sintió difícil: {move} {amount}, antes {was}</translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>no equipment</source>
            <translation>sin material</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a mini band</source>
            <translation>una minibanda</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a stability ball</source>
            <translation>un fitball</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>{items} and {item}</source>
            <comment>the last of a list</comment>
            <translation>{items} y {item}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>You need: {equipment}</source>
            <translation>Necesitas: {equipment}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>; did you mean {keys}?</source>
            <translation>; ¿quisiste decir {keys}?</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>{choices} or {choice}</source>
            <translation>{choices} o {choice}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>unknown key '{key}'{suggestion}</source>
            <translation>clave desconocida '{key}'{suggestion}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a whole number from {low} to {high}, got {value}</source>
            <translation>debe ser un número entero de {low} a {high}, se recibió {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a number of seconds from {low} to {high}, got {value}</source>
            <translation>debe ser un número de segundos de {low} a {high}, se recibió {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>unknown key '{key}': a translation is written "{base}.de", with a language code of two small letters after the dot</source>
            <translation>clave desconocida '{key}': una traducción se escribe "{base}.de", con un código de idioma de dos letras minúsculas después del punto</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>`{key}` needs `{base}` too</source>
            <translation>`{key}` también necesita `{base}`</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be text in quotes, got a table; for a translation, put the whole key in quotes: write "{key}.{code}" = "…"</source>
            <translation>debe ser texto entre comillas, se recibió una tabla; para una traducción, pon la clave entera entre comillas: escribe "{key}.{code}" = "…"</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be text in quotes, got {value}</source>
            <translation>debe ser texto entre comillas, se recibió {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>is too long ({length} characters, at most {limit})</source>
            <translation>es demasiado largo ({length} caracteres, máximo {limit})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must not be empty</source>
            <translation>no debe estar vacío</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be true or false, got {value}</source>
            <translation>debe ser true o false, se recibió {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a list of {kind} tables with at least one entry</source>
            <translation>debe ser una lista de tablas {kind} con al menos una entrada</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>has {count} entries, at most {limit} are allowed</source>
            <translation>tiene {count} entradas, se permiten como máximo {limit}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a table, got {value}</source>
            <translation>debe ser una tabla, se recibió {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must not contain a control character, found {character} at character {position}</source>
            <translation>no debe contener un carácter de control; se encontró {character} en el carácter {position}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must not contain a control character, found {character} at character {position} of "{value}"</source>
            <translation>no debe contener un carácter de control; se encontró {character} en el carácter {position} de "{value}"</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a number far too large</source>
            <translation>un número demasiado grande</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a table</source>
            <translation>una tabla</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a list</source>
            <translation>una lista</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a {type}</source>
            <translation>un valor {type}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>not valid TOML: {error}</source>
            <translation>TOML no válido: {error}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>your own moves in {file} were not read: {problem}</source>
            <translation>no se leyeron tus propios ejercicios de {file}: {problem}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be tables of moves, e.g. [library.wall-sit] with a name and hold = 45</source>
            <translation>deben ser tablas de ejercicios, p. ej. [library.wall-sit] con name y hold = 45</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a table of move keys, got {value}</source>
            <translation>debe ser una tabla de claves de ejercicio, se recibió {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>your move '{move}' has problems (above)</source>
            <translation>tu ejercicio '{move}' tiene problemas (arriba)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>your move '{move}' ({file}{line}): {path}: {problem}</source>
            <translation>tu ejercicio '{move}' ({file}{line}): {path}: {problem}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>your move '{move}': {problem}</source>
            <translation>tu ejercicio '{move}': {problem}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>'{move}' is another move of this session's [library]: a library move may start from a built-in move or one of your own only</source>
            <translation>'{move}' es otro ejercicio de la [library] de esta sesión: un ejercicio de biblioteca solo puede partir de un ejercicio predefinido o de uno tuyo</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>no built-in move {value}{suggestion} (known: {known})</source>
            <translation>no hay ningún ejercicio predefinido {value}{suggestion} (conocidos: {known})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>no move {value}{suggestion} (known: {known})</source>
            <translation>no hay ningún ejercicio {value}{suggestion} (conocidos: {known})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a picture name or file, or a list of files</source>
            <translation>debe ser un nombre o archivo de imagen, o una lista de archivos</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>has {count} frames, at most {limit} are allowed</source>
            <translation>tiene {count} fotogramas, se permiten como máximo {limit}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>no built-in picture '{name}' and not a {suffixes} file (built-in: {known})</source>
            <translation>no hay ninguna imagen predefinida '{name}' y no es un archivo {suffixes} (predefinidas: {known})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a PNG picture</source>
            <translation>una imagen PNG</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a JPEG picture</source>
            <translation>una imagen JPEG</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a GIF picture</source>
            <translation>una imagen GIF</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a WebP picture</source>
            <translation>una imagen WebP</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a SVG picture</source>
            <translation>una imagen SVG</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a WAV sound</source>
            <translation>un sonido WAV</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a OGG sound</source>
            <translation>un sonido OGG</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a MP3 sound</source>
            <translation>un sonido MP3</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a FLAC sound</source>
            <translation>un sonido FLAC</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a web page</source>
            <translation>una página web</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a PDF document</source>
            <translation>un documento PDF</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a zip archive</source>
            <translation>un archivo zip</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>no such file: {file}</source>
            <translation>no existe el archivo: {file}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>{file} is a folder, not a picture file</source>
            <translation>{file} es una carpeta, no un archivo de imagen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>{file} is a folder, not a sound file</source>
            <translation>{file} es una carpeta, no un archivo de sonido</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>{file} is not a regular file</source>
            <translation>{file} no es un archivo normal</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>{file} is {kind}, not a picture file</source>
            <translation>{file} es {kind}, no un archivo de imagen</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>{file} is {kind}, not a sound file</source>
            <translation>{file} es {kind}, no un archivo de sonido</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>cannot read {file}: {reason}</source>
            <translation>no se puede leer {file}: {reason}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>cannot find the home folder that "{user}" stands for; write "./{name}" for a file of that name</source>
            <translation>no se encuentra la carpeta personal que representa "{user}"; escribe "./{name}" para un archivo con ese nombre</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>cannot find the home folder that "{user}" stands for</source>
            <translation>no se encuentra la carpeta personal que representa "{user}"</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a table of cue names and sound files, e.g. [sounds] with go = "sounds/whistle.wav"</source>
            <translation>debe ser una tabla de nombres de aviso y archivos de sonido, p. ej. [sounds] con go = "sounds/whistle.wav"</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a sound file name in quotes, got {value}</source>
            <translation>debe ser un nombre de archivo de sonido entre comillas, se recibió {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a {suffixes} file, got {value}</source>
            <translation>debe ser un archivo {suffixes}, se recibió {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a move needs a name (or 'move' naming a built-in move)</source>
            <translation>un ejercicio necesita un nombre (o 'move' con el nombre de un ejercicio predefinido)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>give either 'reps' or 'hold', not both</source>
            <translation>indica 'reps' o 'hold', no ambos</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>give only one of 'reps', 'hold' and 'work', not {keys}</source>
            <translation>indica solo uno de 'reps', 'hold' y 'work', no {keys}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>needs 'reps' (a count), 'hold' or 'work' (seconds)</source>
            <translation>necesita 'reps' (un número), 'hold' o 'work' (segundos)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>is only for a move the runner ends: reps with tempo = "self", hold = "self" or work = "self"</source>
            <translation>solo es para un ejercicio que termina quien entrena: reps con tempo = "self", hold = "self" o work = "self"</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>the block is done one side then the other: give 'first_side' on the block</source>
            <translation>el bloque se hace por un lado y luego por el otro: indica 'first_side' en el bloque</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be "none", "mini-band" or "stability-ball", got {value}{suggestion}</source>
            <translation>debe ser "none", "mini-band" o "stability-ball", se recibió {value}{suggestion}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must name a move, e.g. "banded-clam-shell" (leave it out when there is none)</source>
            <translation>debe nombrar un ejercicio, p. ej. "banded-clam-shell" (omítelo cuando no haya ninguno)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>names this move itself ('{move}'); name another move</source>
            <translation>se nombra a sí mismo ('{move}'); nombra otro ejercicio</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>no move {value}{suggestion}</source>
            <translation>no hay ningún ejercicio {value}{suggestion}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>'every' already sets the rest between sets (what is left of each interval); leave 'set_rest' out</source>
            <translation>'every' ya fija el descanso entre series (lo que queda de cada intervalo); quita 'set_rest'</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>is shorter than one set: both sides and the switch take {seconds} s, every is {every} s</source>
            <translation>es más corto que una serie: ambos lados y el cambio duran {seconds} s, every es {every} s</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>is shorter than one set: the work takes {seconds} s, every is {every} s</source>
            <translation>es más corto que una serie: el trabajo dura {seconds} s, every es {every} s</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a number of seconds from {low} to {high}, or "self", got {value}</source>
            <translation>debe ser un número de segundos de {low} a {high}, o "self", se recibió {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be "left", "right", "both" or "alternate", got {value}; '{sides}' goes on a [[blocks]] table</source>
            <translation>debe ser "left", "right", "both" o "alternate", se recibió {value}; '{sides}' va en una tabla [[blocks]]</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be "left", "right", "both" or "alternate", got {value}</source>
            <translation>debe ser "left", "right", "both" o "alternate", se recibió {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>says {value} but sides = "{sides}"; keep only 'sides'</source>
            <translation>indica {value} pero sides = "{sides}"; deja solo 'sides'</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be "left" or "right", got {value}</source>
            <translation>debe ser "left" o "right", se recibió {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be seconds per rep from 0.5 to 60, or "self", got {value}</source>
            <translation>debe ser segundos por repetición de 0.5 a 60, o "self", se recibió {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be "{sides}", got {value}; on a block, sides can only be "one-then-other" (give a move's own sides on the move)</source>
            <translation>debe ser "{sides}", se recibió {value}; en un bloque, sides solo puede ser "one-then-other" (indica los lados propios de un ejercicio en el ejercicio)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be "{sides}", got {value}</source>
            <translation>debe ser "{sides}", se recibió {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source> ('{key}' here: did you mean '{close}'?)</source>
            <translation> ('{key}' aquí: ¿quisiste decir '{close}'?)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>this is not a hiptimer session: it needs a [[moves]] or [[blocks]] list{hint}</source>
            <translation>esto no es una sesión de hiptimer: necesita una lista [[moves]] o [[blocks]]{hint}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>use either [[moves]] or [[blocks]] at the top level, not both</source>
            <translation>usa [[moves]] o [[blocks]] en el nivel superior, no ambos</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>the session needs a name, e.g. name = "Pre-run activation"</source>
            <translation>la sesión necesita un nombre, p. ej. name = "Activación antes de correr"</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must not be empty (leave it out for "{finish}")</source>
            <translation>no debe estar vacío (omítelo para "{finish}")</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>Done — go run!</source>
            <translation>¡Listo, a correr!</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>Circuit</source>
            <translation>Circuito</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>Moves</source>
            <translation>Ejercicios</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>Block {number}</source>
            <translation>Bloque {number}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a table: [question] with ask and answers</source>
            <translation>debe ser una tabla: [question] con ask y answers</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>needs the question, e.g. ask = "Where did you feel it?"</source>
            <translation>necesita la pregunta, p. ej. ask = "¿Dónde lo sentiste?"</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must give as many answers as `answers` ({count})</source>
            <translation>debe tener tantas respuestas como `answers` ({count})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a table of 2 to {limit} answers, each with what it means</source>
            <translation>debe ser una tabla de 2 a {limit} respuestas, cada una con lo que significa</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>an answer must be 1 to {limit} characters</source>
            <translation>una respuesta debe tener de 1 a {limit} caracteres</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>the session would have about {phases} phases; at most {limit} are allowed (fewer rounds, sets or moves)</source>
            <translation>la sesión tendría unas {phases} fases; se permiten como máximo {limit} (menos rondas, series o ejercicios)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>not valid TOML: {error}; for a translation, put the whole key in quotes: write "{key}" = "…"</source>
            <translation>TOML no válido: {error}; para una traducción, pon la clave entera entre comillas: escribe "{key}" = "…"</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>not usable: a dotted key has more than {limit} parts</source>
            <translation>no se puede usar: una clave con puntos tiene más de {limit} partes</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>not usable: arrays or tables are nested too deeply</source>
            <translation>no se puede usar: hay arrays o tablas anidados a demasiada profundidad</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>not valid TOML: a number has far too many digits</source>
            <translation>TOML no válido: un número tiene demasiadas cifras</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>not UTF-8 text (byte 0x{byte:02x}); save the file as UTF-8</source>
            <translation>no es texto UTF-8 (byte 0x{byte:02x}); guarda el archivo como UTF-8</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>no such file</source>
            <translation>no existe el archivo</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>cannot be read: {reason}</source>
            <translation>no se puede leer: {reason}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>is not a usable file name</source>
            <translation>no es un nombre de archivo válido</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>is a folder, not a session file</source>
            <translation>es una carpeta, no un archivo de sesión</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>is not a regular file</source>
            <translation>no es un archivo normal</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>is too large for a session ({size:,} bytes, at most {limit:,})</source>
            <translation>es demasiado grande para una sesión ({size:,} bytes, máximo {limit:,})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>is too large for a session</source>
            <translation>es demasiado grande para una sesión</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>is empty; a session needs a name and moves</source>
            <translation>está vacío; una sesión necesita un nombre y ejercicios</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/session.py" />
            <source>this session fits at most %n round(s)</source>
            <translation>
                <numerusform>en esta sesión cabe como máximo %n ronda</numerusform>
                <numerusform>en esta sesión caben como máximo %n rondas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>fewer sets or moves</source>
            <translation>menos series o ejercicios</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/session.py" />
            <source>with %n round(s) the session would have about {phases} phases; at most {limit} are allowed ({hint})</source>
            <translation>
                <numerusform>con %n ronda la sesión tendría unas {phases} fases; se permiten como máximo {limit} ({hint})</numerusform>
                <numerusform>con %n rondas la sesión tendría unas {phases} fases; se permiten como máximo {limit} ({hint})</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>{move}: one set would take {seconds} s, longer than its interval (every = {every}); use fewer reps or a smaller scale</source>
            <translation>{move}: una serie duraría {seconds} s, más que su intervalo (every = {every}); usa menos repeticiones o una escala menor</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a whole number from {low} to {high}</source>
            <translation>debe ser un número entero de {low} a {high}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be from {low} to {high}, got {value}</source>
            <translation>debe estar entre {low} y {high}, se recibió {value}</translation>
        </message>
    </context>
    <context>
        <name>start_view</name>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>, your pace</source>
            <translation>, a tu ritmo</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/start_view.py" />
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n repetición</numerusform>
                <numerusform>%n repeticiones</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>hold</source>
            <translation>mantener</translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>work</source>
            <translation>trabajo</translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>{seconds:g} s work</source>
            <translation>{seconds:g} s de trabajo</translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>hold {seconds:g} s</source>
            <translation>mantener {seconds:g} s</translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source> each side</source>
            <translation> por lado</translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source> each side, alternating</source>
            <translation> por lado, alternando</translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>, left side</source>
            <translation>, lado izquierdo</translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>, right side</source>
            <translation>, lado derecho</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/start_view.py" />
            <source>%n round(s)</source>
            <translation>
                <numerusform>%n ronda</numerusform>
                <numerusform>%n rondas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>Total {time} (estimated)</source>
            <translation>Total {time} (estimado)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>Total {time}</source>
            <translation>Total {time}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>  (your copy)</source>
            <translation>  (tu copia)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>  — has problems</source>
            <translation>  — tiene problemas</translation>
        </message>
    </context>
    <context>
        <name>store</name>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file}: cannot be read: {reason}</source>
            <translation>{file}: no se puede leer: {reason}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file}: cannot be edited: tomlkit cannot read this TOML</source>
            <translation>{file}: no se puede editar: tomlkit no puede leer este TOML</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>the disk is full</source>
            <translation>el disco está lleno</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>your disk quota is used up</source>
            <translation>se agotó tu cuota de disco</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>permission denied</source>
            <translation>permiso denegado</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>the disk is read-only</source>
            <translation>el disco es de solo lectura</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: {what}. Your file was not changed.</source>
            <translation>{file} no se guardó: {what}. Tu archivo no se cambió.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: {what} ({reason}). Your file was not changed.</source>
            <translation>{file} no se guardó: {what} ({reason}). Tu archivo no se cambió.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: {path} is a folder, not a file. Nothing was changed.</source>
            <translation>{file} no se guardó: {path} es una carpeta, no un archivo. No se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: another program is saving {file} right now; try again in a moment. Your file was not changed.</source>
            <translation>{file} no se guardó: otro programa está guardando {file} ahora mismo; vuelve a intentarlo en un momento. Tu archivo no se cambió.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>cannot write in {folder}</source>
            <translation>no se puede escribir en {folder}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>cannot lock it for saving</source>
            <translation>no se puede bloquear para guardar</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: {path} is not a regular file. Nothing was changed.</source>
            <translation>{file} no se guardó: {path} no es un archivo normal. No se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: {path} is far too large to be a session; it was left alone. Nothing was changed.</source>
            <translation>{file} no se guardó: {path} es demasiado grande para ser una sesión; no se tocó. No se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: {path} is far too large to be a session. Nothing was changed.</source>
            <translation>{file} no se guardó: {path} es demasiado grande para ser una sesión. No se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>cannot read it to check that it did not change</source>
            <translation>no se puede leer para comprobar que no cambió</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} already exists in {folder}; it was not overwritten. Save as another file, or open that one to change it.</source>
            <translation>{file} ya existe en {folder}; no se sobrescribió. Guárdalo como otro archivo, o abre ese para cambiarlo.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} changed on disk since you opened it; it was not overwritten. Save as another file or reload it.</source>
            <translation>{file} cambió en el disco desde que lo abriste; no se sobrescribió. Guárdalo como otro archivo o vuelve a cargarlo.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>could not keep a backup of the previous version</source>
            <translation>no se pudo guardar una copia de seguridad de la versión anterior</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>writing failed</source>
            <translation>falló la escritura</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>could not replace the file</source>
            <translation>no se pudo reemplazar el archivo</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: writing failed ({reason}) and the file may now be incomplete. The previous version is kept in {backup}.</source>
            <translation>{file} no se guardó: falló la escritura ({reason}) y puede que el archivo esté incompleto. La versión anterior se conserva en {backup}.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>cannot open it for writing</source>
            <translation>no se puede abrir para escribir</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: it is not a usable file name. Nothing was changed.</source>
            <translation>{file} no se guardó: no es un nombre de archivo válido. No se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} is built into hiptimer and is never changed; save a copy.</source>
            <translation>{file} viene con hiptimer y nunca se cambia; guarda una copia.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: the session could not be written as TOML ({error}). Your file was not changed.</source>
            <translation>{file} no se guardó: la sesión no se pudo escribir como TOML ({error}). Tu archivo no se cambió.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: the session has %n problem(s):</source>
            <translation>
                <numerusform>{file} no se guardó: la sesión tiene %n problema:</numerusform>
                <numerusform>{file} no se guardó: la sesión tiene %n problemas:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: it would be too large to open again.</source>
            <translation>{file} no se guardó: sería demasiado grande para volver a abrirlo.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>cannot create {folder}</source>
            <translation>no se puede crear {folder}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} is read-only; it was not changed. Save as another file, or make it writable first.</source>
            <translation>{file} es de solo lectura; no se cambió. Guárdalo como otro archivo, o hazlo editable primero.</translation>
        </message>
    </context>
    <context>
        <name>views</name>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Round {round} of {rounds} next</source>
            <translation>A continuación, ronda {round} de {rounds}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Next: {move}</source>
            <translation>Siguiente: {move}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Next: {move} — {side}</source>
            <translation>Siguiente: {move} — {side}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>set {set} of {sets}</source>
            <translation>serie {set} de {sets}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Round {round} of {rounds}</source>
            <translation>Ronda {round} de {rounds}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Next up: {move} — {what}</source>
            <translation>A continuación: {move} — {what}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Last one — then go run!</source>
            <translation>El último — ¡luego a correr!</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Last one</source>
            <translation>El último</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Set {set} of {sets}</source>
            <translation>Serie {set} de {sets}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>{leg} · {time} left</source>
            <translation>{leg} · quedan {time}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>{time} left</source>
            <translation>quedan {time}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>reps each leg, alternating · Space when done · {time}</source>
            <translation>repeticiones por pierna, alternando · Espacio al terminar · {time}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>reps · Space when done · {time}</source>
            <translation>repeticiones · Espacio al terminar · {time}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>hold · Space when done</source>
            <translation>mantener · Espacio al terminar</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>work · Space when done</source>
            <translation>trabajo · Espacio al terminar</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>hold</source>
            <translation>mantener</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>work</source>
            <translation>trabajo</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>{seconds} s over the interval — straight on</source>
            <translation>{seconds} s más que el intervalo — sigue directo</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Time: {time}</source>
            <translation>Tiempo: {time}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>{phase}, round {round} of {rounds}</source>
            <translation>{phase}, ronda {round} de {rounds}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>This week: {done} of {goal} ({skipped} skipped)</source>
            <translation>Esta semana: {done} de {goal} ({skipped} omitidas)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>This week: {done} of {goal}</source>
            <translation>Esta semana: {done} de {goal}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source> — goal met</source>
            <translation> — objetivo cumplido</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/views.py" />
            <source> · streak: %n week(s)</source>
            <translation>
                <numerusform> · racha: %n semana</numerusform>
                <numerusform> · racha: %n semanas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Weekly goal met — nice work.</source>
            <translation>Objetivo semanal cumplido — ¡buen trabajo!</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/views.py" />
            <source>%n more this week to reach your goal of {goal}.</source>
            <translation>
                <numerusform>Falta %n más esta semana para tu objetivo de {goal}.</numerusform>
                <numerusform>Faltan %n más esta semana para tu objetivo de {goal}.</numerusform>
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
            <translation>Cuenta para tu semana.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Not counted: {share} % of the work was skipped.</source>
            <translation>No cuenta: se omitió el {share} % del trabajo.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/views.py" />
            <source>%n work phase(s)</source>
            <translation>
                <numerusform>%n fase de trabajo</numerusform>
                <numerusform>%n fases de trabajo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/views.py" />
            <source>Not counted: %n of {phases} were skipped.</source>
            <translation>
                <numerusform>No cuenta: se omitió %n de {phases}.</numerusform>
                <numerusform>No cuenta: se omitieron %n de {phases}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>voice</name>
        <message>
            <location filename="../../hiptimer/voice.py" />
            <source>Install espeak-ng for spoken prompts</source>
            <translation>Instala espeak-ng para las indicaciones habladas</translation>
        </message>
        <message>
            <location filename="../../hiptimer/voice.py" />
            <source>The Piper voice {name} does not work ({detail}); the prompts are spoken by espeak-ng.</source>
            <translation>La voz de Piper {name} no funciona ({detail}); las indicaciones las dice espeak-ng.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/voice.py" />
            <source>The Piper voice {name} does not work ({detail}); the prompts are spoken by the system's voice.</source>
            <translation>La voz de Piper {name} no funciona ({detail}); las indicaciones las dice la voz del sistema.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/voice.py" />
            <source>The Piper voice {name} does not work ({detail}); tones only.</source>
            <translation>La voz de Piper {name} no funciona ({detail}); solo tonos.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/voice.py" />
            <source>The system's voice does not work ({detail}); tones only.</source>
            <translation>La voz del sistema no funciona ({detail}); solo tonos.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/voice.py" />
            <source>Piper is not installed</source>
            <translation>Piper no está instalado</translation>
        </message>
        <message>
            <location filename="../../hiptimer/voice.py" />
            <source>it wrote no usable WAV</source>
            <translation>no produjo un WAV válido</translation>
        </message>
    </context>
    <context>
        <name>voice_system</name>
        <message>
            <location filename="../../hiptimer/voice_system.py" />
            <source>no answer after {seconds:.0f} s</source>
            <translation>sin respuesta tras {seconds:.0f} s</translation>
        </message>
        <message>
            <location filename="../../hiptimer/voice_system.py" />
            <source>exit status {status}</source>
            <translation>código de salida {status}</translation>
        </message>
    </context>
</TS>
