<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>audio</name>
        <message>
            <location filename="../../hiptimer/audio.py" />
            <source>No sound: no audio player was found (install GStreamer's gst-play-1.0 or FFmpeg's ffplay). The session runs without sound.</source>
            <translation>Pas de son : aucun lecteur audio n'a été trouvé (installe gst-play-1.0 de GStreamer ou ffplay de FFmpeg). La séance se déroule sans son.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/audio.py" />
            <source>No sound: the audio player keeps failing ({detail}). The session runs without sound.</source>
            <translation>Pas de son : le lecteur audio échoue sans cesse ({detail}). La séance se déroule sans son.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/audio.py" />
            <source>No sound: the audio player keeps failing (exit status {code}). The session runs without sound.</source>
            <translation>Pas de son : le lecteur audio échoue sans cesse (code de sortie {code}). La séance se déroule sans son.</translation>
        </message>
    </context>
    <context>
        <name>awake_macos</name>
        <message>
            <location filename="../../hiptimer/awake_macos.py" />
            <source>{program} was not found (it is in {folder} on macOS); the screen may go dark during a run</source>
            <translation>{program} est introuvable (il se trouve dans {folder} sur macOS) ; l'écran risque de s'éteindre pendant une séance</translation>
        </message>
        <message>
            <location filename="../../hiptimer/awake_macos.py" />
            <source>{program} could not be started ({detail}); the screen may go dark during a run</source>
            <translation>{program} n'a pas pu être lancé ({detail}) ; l'écran risque de s'éteindre pendant une séance</translation>
        </message>
        <message>
            <location filename="../../hiptimer/awake_macos.py" />
            <source>{program} stopped by itself (exit status {status}); the screen may go dark until the run is paused and resumed</source>
            <translation>{program} s'est arrêté tout seul (code de sortie {status}) ; l'écran risque de s'éteindre jusqu'à ce que la séance soit mise en pause puis reprise</translation>
        </message>
    </context>
    <context>
        <name>awake_windows</name>
        <message>
            <location filename="../../hiptimer/awake_windows.py" />
            <source>Windows refused to keep the screen on ({call} failed); it may go dark during a run</source>
            <translation>Windows a refusé de garder l'écran allumé (échec de {call}) ; il risque de s'éteindre pendant une séance</translation>
        </message>
        <message>
            <location filename="../../hiptimer/awake_windows.py" />
            <source>the screen was not let go: {call} must be called from the thread that held it (the GUI thread)</source>
            <translation>l'écran n'a pas été libéré : {call} doit être appelé depuis le thread qui l'a retenu (le thread de l'interface)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/awake_windows.py" />
            <source>cannot keep the screen on: {library} not available ({detail})</source>
            <translation>impossible de garder l'écran allumé : {library} n'est pas disponible ({detail})</translation>
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
            <translation>Échauffement guidé de renforcement des hanches pour coureurs. Allonge-toi sur
le tapis, suis le grand compte à rebours et les consignes, puis va courir.

SESSION est un fichier de séance en TOML (voir docs/session-format.md). Sans lui,
ta propre copie de la séance par défaut est utilisée si tu en as enregistré une,
sinon le config.toml fourni.</translation>
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
            <translation>touches dans la fenêtre :
  Espace   démarrer / pause / reprendre, et « fini » sur les répétitions à ton rythme
  Droite   passer à la phase suivante   Gauche  retour (recommencer ou phase précédente)
  R        recommencer la séance        M       couper ou remettre le son
  F11      plein écran                  Échap   quitter le plein écran
  Ctrl+O   ouvrir une séance            Ctrl+E  modifier la séance
  Ctrl+Q   quitter

exemples :
  hiptimer --check                 affiche le plan de la séance par défaut
  hiptimer --reps 12 --rounds 2    12 répétitions de tout, deux tours
  hiptimer mon-echauffement.toml --scale 0.5 --mute</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>usage: </source>
            <translation>utilisation : </translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>{program}: error: {message}
</source>
            <translation>{program} : erreur : {message}
</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>'{text}' is not a number</source>
            <translation>'{text}' n'est pas un nombre</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>{problem}, got {text}</source>
            <translation>{problem}, et non {text}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>must be from 0.25 to 4, got {text}</source>
            <translation>doit être entre 0.25 et 4, et non {text}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>positional arguments</source>
            <translation>arguments positionnels</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>options</source>
            <translation>options</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>show this help and exit</source>
            <translation>affiche cette aide et quitte</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>session file to run (default: config.toml)</source>
            <translation>fichier de séance à lancer (par défaut : config.toml)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>set every move's rep count to N for this run</source>
            <translation>fixe à N le nombre de répétitions de chaque exercice pour cette séance</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>do the circuit N times for this run</source>
            <translation>fait le circuit N fois pour cette séance</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>multiply reps and hold times by F for this run (0.25 to 4)</source>
            <translation>multiplie les répétitions et les temps de maintien par F pour cette séance (0.25 à 4)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>check the session, print its plan and total time, and exit</source>
            <translation>vérifie la séance, affiche son plan et sa durée totale, et quitte</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>start with sound off</source>
            <translation>démarre sans le son</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>start in full screen</source>
            <translation>démarre en plein écran</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>start the session straight away instead of on Space</source>
            <translation>lance la séance tout de suite au lieu d'attendre Espace</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>show and speak hiptimer in LANG ({codes}) instead of the system's language</source>
            <translation>affiche et fait parler hiptimer en LANG ({codes}) au lieu de la langue du système</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>print the last weeks of warm-ups and what to change in the session used last, and exit</source>
            <translation>affiche les échauffements des dernières semaines et ce qu'il faut changer dans la dernière séance utilisée, et quitte</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>put hiptimer in your desktop's menu (for this user) and exit</source>
            <translation>ajoute hiptimer au menu de ton bureau (pour cet utilisateur) et quitte</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>take hiptimer out of the menu again and exit</source>
            <translation>retire hiptimer du menu et quitte</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>show the version and exit</source>
            <translation>affiche la version et quitte</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source> (about {seconds:g} s)</source>
            <translation> (environ {seconds:g} s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>{reps} each side, alternating</source>
            <translation>{reps} de chaque côté, en alternance</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>{each}, self-paced{about}</source>
            <translation>{each}, à ton rythme{about}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/cli.py" />
            <source>%n rep(s), self-paced</source>
            <translation>
                <numerusform>%n répétition, à ton rythme</numerusform>
                <numerusform>%n répétitions, à ton rythme</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>until done (about {seconds:g} s)</source>
            <translation>jusqu'à « fini » (environ {seconds:g} s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>{seconds:g} s (rest of every {every:g} s)</source>
            <translation>{seconds:g} s (le reste de chaque intervalle de {every:g} s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>get ready</source>
            <translation>préparation</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>switch</source>
            <translation>changement</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>rest</source>
            <translation>repos</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>round rest</source>
            <translation>repos entre tours</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>done</source>
            <translation>fin</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>left</source>
            <translation>gauche</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>right</source>
            <translation>droite</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>work</source>
            <translation>effort</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>hold</source>
            <translation>maintien</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>reps</source>
            <translation>répétitions</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/cli.py" />
            <source>%n round(s)</source>
            <translation>
                <numerusform>%n tour</numerusform>
                <numerusform>%n tours</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>one side then the other, {side} first</source>
            <translation>un côté puis l'autre, {side} d'abord</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>at</source>
            <translation>temps</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>phase</source>
            <translation>phase</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>move</source>
            <translation>exercice</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>side</source>
            <translation>côté</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>round</source>
            <translation>tour</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>amount</source>
            <translation>dose</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>set</source>
            <translation>série</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>(next: {move})</source>
            <translation>(ensuite : {move})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>alternate</source>
            <translation>alterné</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>Total {time} (self-paced reps estimated): {phases}, {moves}</source>
            <translation>Total {time} (répétitions à ton rythme estimées) : {phases}, {moves}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>Total {time}: {phases}, {moves}</source>
            <translation>Total {time} : {phases}, {moves}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/cli.py" />
            <source>%n work phase(s)</source>
            <translation>
                <numerusform>%n phase d'effort</numerusform>
                <numerusform>%n phases d'effort</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/cli.py" />
            <source>%n move(s)</source>
            <translation>
                <numerusform>%n exercice</numerusform>
                <numerusform>%n exercices</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>No warm-ups recorded yet (no history at {path}).</source>
            <translation>Aucun échauffement enregistré pour l'instant (pas d'historique dans {path}).</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>History: {path}</source>
            <translation>Historique : {path}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>week of</source>
            <translation>semaine du</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>runs</source>
            <translation>séances</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>skipped</source>
            <translation>sautées</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>hip work</source>
            <translation>travail des hanches</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>this week: {summary}</source>
            <translation>cette semaine : {summary}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>{session}, used last on {when}, is not a file: no suggestions.</source>
            <translation>{session}, utilisée pour la dernière fois le {when}, n'est pas un fichier : aucune suggestion.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>Suggestions for {file}: the session cannot be read now:</source>
            <translation>Suggestions pour {file} : la séance ne peut pas être lue pour l'instant :</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>{session} ({file}), used last on {when}:</source>
            <translation>{session} ({file}), utilisée pour la dernière fois le {when} :</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>no progression rules in this session (see docs/session-format.md, "Progression")</source>
            <translation>aucune règle de progression dans cette séance (voir docs/session-format.md, "Progression")</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cli.py" />
            <source>no change suggested yet: rate your runs when you finish them</source>
            <translation>aucun changement suggéré pour l'instant : note tes séances quand tu les termines</translation>
        </message>
    </context>
    <context>
        <name>cues</name>
        <message numerus="yes">
            <location filename="../../hiptimer/cues.py" />
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/cues.py" />
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n seconde</numerusform>
                <numerusform>%n secondes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/cues.py" />
            <source>%n rep(s) each side</source>
            <translation>
                <numerusform>%n répétition de chaque côté</numerusform>
                <numerusform>%n répétitions de chaque côté</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>alternating legs, left first</source>
            <translation>jambes en alternance, gauche d'abord</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>alternating legs, right first</source>
            <translation>jambes en alternance, droite d'abord</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/cues.py" />
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n répétition</numerusform>
                <numerusform>%n répétitions</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>hold {seconds}</source>
            <translation>maintien {seconds}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>hold</source>
            <translation>maintien</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>set {set} of {sets}</source>
            <translation>série {set} sur {sets}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>at your own pace</source>
            <translation>à ton rythme</translation>
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
            <translation>dernier tour</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>round {round} of {rounds}</source>
            <translation>tour {round} sur {rounds}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source> — next: set {set} of {sets}</source>
            <translation> — ensuite : série {set} sur {sets}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source> — next up: {move}</source>
            <translation> — ensuite : {move}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>switch sides</source>
            <translation>change de côté</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>rest</source>
            <translation>repos</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>{session}, get ready</source>
            <translation>{session}, prépare-toi</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>done — go run!</source>
            <translation>terminé — va courir !</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>last one</source>
            <translation>dernière</translation>
        </message>
        <message>
            <location filename="../../hiptimer/cues.py" />
            <source>halfway</source>
            <translation>à mi-chemin</translation>
        </message>
    </context>
    <context>
        <name>desktop</name>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>the path {path} has a control character, which a desktop entry cannot hold</source>
            <translation>le chemin {path} contient un caractère de contrôle, ce qu'une entrée de bureau ne peut pas contenir</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>the shipped desktop entry has no {group} group with {key}</source>
            <translation>l'entrée de bureau fournie n'a pas de groupe {group} avec {key}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>{path} is already there and was not written by hiptimer; move it away to install hiptimer's</source>
            <translation>{path} existe déjà et n'a pas été écrit par hiptimer ; déplace-le pour installer celui de hiptimer</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>cannot make the folder {folder}: a file of that name, or of a folder above it, is in the way</source>
            <translation>impossible de créer le dossier {folder} : un fichier de ce nom, ou du nom d'un dossier au-dessus, est dans le chemin</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>hiptimer: desktop entries are for Linux and other freedesktop desktops; this system's menus do not read them</source>
            <translation>hiptimer : les entrées de bureau sont pour Linux et les autres bureaux freedesktop ; les menus de ce système ne les lisent pas</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>hiptimer: cannot install the desktop entry: {error}</source>
            <translation>hiptimer : impossible d'installer l'entrée de bureau : {error}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>wrote {path} (it runs {command})</source>
            <translation>{path} écrit (il lance {command})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>wrote {path}</source>
            <translation>{path} écrit</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>hiptimer is in your desktop's menu now; {command} takes it out again.</source>
            <translation>hiptimer est maintenant dans le menu de ton bureau ; {command} l'en retire.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>hiptimer: cannot remove the desktop entry: {error}</source>
            <translation>hiptimer : impossible de retirer l'entrée de bureau : {error}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>removed {path}</source>
            <translation>{path} supprimé</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>left {path} alone: hiptimer did not write it</source>
            <translation>{path} laissé tel quel : hiptimer ne l'a pas écrit</translation>
        </message>
        <message>
            <location filename="../../hiptimer/desktop.py" />
            <source>nothing to remove: no desktop entry of hiptimer in {folder}</source>
            <translation>rien à retirer : aucune entrée de bureau de hiptimer dans {folder}</translation>
        </message>
    </context>
    <context>
        <name>editing</name>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>New move</source>
            <translation>Nouvel exercice</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{amount} each side</source>
            <translation>{amount} de chaque côté</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{amount} left side</source>
            <translation>{amount} côté gauche</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{amount} right side</source>
            <translation>{amount} côté droit</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{amount} alternating</source>
            <translation>{amount} en alternance</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>hiptimer uses by default</source>
            <translation>qu'utilise hiptimer par défaut</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>set for the whole session</source>
            <translation>définie pour toute la séance</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>set for the block</source>
            <translation>définie pour le bloc</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>of the built-in move</source>
            <translation>de l'exercice intégré</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>of your own move (moves.toml)</source>
            <translation>de ton propre exercice (moves.toml)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>of the session's library move</source>
            <translation>de l'exercice de bibliothèque de la séance</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>default</source>
            <translation>par défaut</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>from session</source>
            <translation>de la séance</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>from block</source>
            <translation>du bloc</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>built-in move</source>
            <translation>exercice intégré</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>your move</source>
            <translation>ton exercice</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>library move</source>
            <translation>exercice de bibliothèque</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>line {line}: {problem}</source>
            <translation>ligne {line} : {problem}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Only for a move you end yourself: reps at your own pace, or a hold or work until you say done</source>
            <translation>Seulement pour un exercice que tu termines toi-même : répétitions à ton rythme, ou maintien ou effort jusqu'à ce que tu dises « fini »</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>The block is done one side, then the other: its first side applies</source>
            <translation>Le bloc se fait d'un côté, puis de l'autre : son premier côté s'applique</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>With an interval, the rest is what is left of each interval</source>
            <translation>Avec un intervalle, le repos est ce qui reste de chaque intervalle</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>A move you end yourself has no dose to change</source>
            <translation>Un exercice que tu termines toi-même n'a pas de dose à changer</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Block {number}</source>
            <translation>Bloc {number}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Unnamed move</source>
            <translation>Exercice sans nom</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/editing.py" />
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n répétition</numerusform>
                <numerusform>%n répétitions</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{seconds:g} s work</source>
            <translation>{seconds:g} s d'effort</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{seconds:g} s</source>
            <translation>{seconds:g} s</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>until done</source>
            <translation>jusqu'à « fini »</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{sets} × {amount}</source>
            <translation>{sets} × {amount}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Move {number} of {count} in block {block}</source>
            <translation>Exercice {number} sur {count} du bloc {block}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Move {number} of {count}</source>
            <translation>Exercice {number} sur {count}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Whole session</source>
            <translation>Toute la séance</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Remove this move</source>
            <translation>Retirer cet exercice</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>A session needs at least one move</source>
            <translation>Une séance a besoin d'au moins un exercice</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Remove this block and its moves</source>
            <translation>Retirer ce bloc et ses exercices</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Built-in session: saves to your own copy, {file}</source>
            <translation>Séance intégrée : enregistrée dans ta propre copie, {file}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Saves to {file}</source>
            <translation>Enregistrée dans {file}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/editing.py" />
            <source>{problem} (and %n more)</source>
            <translation>
                <numerusform>{problem} (et %n autre)</numerusform>
                <numerusform>{problem} (et %n autres)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/editing.py" />
            <source>⚠ %n problem(s) to fix before saving — {problem}</source>
            <translation>
                <numerusform>⚠ %n problème à corriger avant d'enregistrer — {problem}</numerusform>
                <numerusform>⚠ %n problèmes à corriger avant d'enregistrer — {problem}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>✓ Ready to save</source>
            <translation>✓ Prêt à enregistrer</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Total {time} (self-paced reps estimated)</source>
            <translation>Total {time} (répétitions à ton rythme estimées)</translation>
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
            <translation>Modifier « {name} »</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>Edit session</source>
            <translation>Modifier la séance</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>This move has problems to fix before it can be kept in your moves.</source>
            <translation>Cet exercice a des problèmes à corriger avant de pouvoir être gardé dans tes exercices.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>cannot create {folder}</source>
            <translation>impossible de créer {folder}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{file} changed while your move was being saved; it was not overwritten. Try again.</source>
            <translation>{file} a changé pendant l'enregistrement de ton exercice ; il n'a pas été écrasé. Réessaie.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{file} was not saved: it cannot be read as TOML ({error}); fix it in a text editor first. Nothing was changed.</source>
            <translation>{file} n'a pas été enregistré : il ne peut pas être lu comme du TOML ({error}) ; corrige-le d'abord dans un éditeur de texte. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{file} already has a move called '{name}'; it was not replaced.</source>
            <translation>{file} a déjà un exercice appelé '{name}' ; il n'a pas été remplacé.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/editing.py" />
            <source>{file} was not saved: the move could not be written as TOML ({error}). Nothing was changed.</source>
            <translation>{file} n'a pas été enregistré : l'exercice n'a pas pu être écrit en TOML ({error}). Rien n'a été modifié.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../hiptimer/errors.py" />
            <source>move {number}</source>
            <translation>exercice {number}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/errors.py" />
            <source>block {number}</source>
            <translation>bloc {number}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/errors.py" />
            <source>{entry} ({name})</source>
            <translation>{entry} ({name})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/errors.py" />
            <source>library move '{move}'</source>
            <translation>exercice de bibliothèque '{move}'</translation>
        </message>
        <message>
            <location filename="../../hiptimer/errors.py" />
            <source>line {line}: {place}: {problem}</source>
            <translation>ligne {line} : {place} : {problem}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/errors.py" />
            <source>line {line}: {problem}</source>
            <translation>ligne {line} : {problem}</translation>
        </message>
    </context>
    <context>
        <name>gui.colour_menu</name>
        <message>
            <location filename="../../hiptimer/gui/colour_menu.py" />
            <source>&amp;System</source>
            <translation>&amp;Système</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/colour_menu.py" />
            <source>&amp;Light</source>
            <translation>&amp;Clair</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/colour_menu.py" />
            <source>&amp;Dark</source>
            <translation>S&amp;ombre</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/colour_menu.py" />
            <source>&amp;High contrast</source>
            <translation>Contraste &amp;élevé</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/colour_menu.py" />
            <source>&amp;Colours</source>
            <translation>&amp;Couleurs</translation>
        </message>
    </context>
    <context>
        <name>gui.controllers.progress</name>
        <message>
            <location filename="../../hiptimer/gui/controllers/progress.py" />
            <source>Could not change the dose</source>
            <translation>Impossible de changer la dose</translation>
        </message>
    </context>
    <context>
        <name>gui.controllers.run</name>
        <message>
            <location filename="../../hiptimer/gui/controllers/run.py" />
            <source>Stop this session?</source>
            <translation>Arrêter cette séance ?</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/run.py" />
            <source>You have done {time} of it. Stop now and go back to the start? It is kept in your history as stopped.</source>
            <translation>Tu en as fait {time}. Arrêter maintenant et revenir au début ? Elle reste dans ton historique comme arrêtée.</translation>
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
            <translation>{path} : {reason}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/texts.py" />
            <source>Could not export the history</source>
            <translation>Impossible d'exporter l'historique</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/texts.py" />
            <source>Could not keep these settings</source>
            <translation>Impossible de garder ces réglages</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/texts.py" />
            <source>Still using “{name}”.</source>
            <translation>On reste sur « {name} ».</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/texts.py" />
            <source>Nothing to edit</source>
            <translation>Rien à modifier</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/texts.py" />
            <source>This session was not read from a file.</source>
            <translation>Cette séance n'a pas été lue depuis un fichier.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/texts.py" />
            <source>Could not duplicate</source>
            <translation>Impossible de dupliquer</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/texts.py" />
            <source>Could not delete</source>
            <translation>Impossible de supprimer</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/texts.py" />
            <source>Could not restore</source>
            <translation>Impossible de restaurer</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/texts.py" />
            <source>Delete session?</source>
            <translation>Supprimer la séance ?</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/controllers/texts.py" />
            <source>Move “{name}” to the trash folder of your library? You can get it back from {trash}.</source>
            <translation>Mettre « {name} » dans la corbeille de ta bibliothèque ? Tu pourras la récupérer dans {trash}.</translation>
        </message>
    </context>
    <context>
        <name>gui.controllers.tracker</name>
        <message>
            <location filename="../../hiptimer/gui/controllers/tracker.py" />
            <source>A warm-up session is running</source>
            <translation>Une séance d'échauffement est en cours</translation>
        </message>
    </context>
    <context>
        <name>gui.dialogs</name>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Open a session</source>
            <translation>Ouvrir une séance</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Sessions (*.toml);;All files (*)</source>
            <translation>Séances (*.toml);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>This session has problems</source>
            <translation>Cette séance a des problèmes</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>{file} could not be used (%n problem(s)).
{fallback}</source>
            <translation>
                <numerusform>{file} n'a pas pu être utilisé (%n problème).
{fallback}</numerusform>
                <numerusform>{file} n'a pas pu être utilisé (%n problèmes).
{fallback}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Export history</source>
            <translation>Exporter l'historique</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>hiptimer will be in {language} from its next start.</source>
            <translation>Langue de hiptimer à partir du prochain démarrage : {language}.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Restart now</source>
            <translation>Redémarrer maintenant</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Later</source>
            <translation>Plus tard</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Discard changes?</source>
            <translation>Abandonner les modifications ?</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>You have changed this session. Close the editor and lose those changes?</source>
            <translation>Tu as modifié cette séance. Fermer l'éditeur et perdre ces modifications ?</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Your changes are still in the editor. You can save them to another file, or cancel and try again.</source>
            <translation>Tes modifications sont toujours dans l'éditeur. Tu peux les enregistrer dans un autre fichier, ou annuler et réessayer.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Save as…</source>
            <translation>Enregistrer sous…</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Save session as</source>
            <translation>Enregistrer la séance sous</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Sessions (*.toml)</source>
            <translation>Séances (*.toml)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Choose a picture</source>
            <translation>Choisir une image</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Pictures (*.svg *.png *.jpg *.jpeg *.gif *.webp)</source>
            <translation>Images (*.svg *.png *.jpg *.jpeg *.gif *.webp)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Choose a sound</source>
            <translation>Choisir un son</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Sounds (*.wav *.ogg *.mp3)</source>
            <translation>Sons (*.wav *.ogg *.mp3)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Save to my moves</source>
            <translation>Enregistrer dans mes exercices</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Name to use it by in any session (move = "name"):</source>
            <translation>Nom pour l'utiliser dans n'importe quelle séance (move = "nom") :</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Replace your move?</source>
            <translation>Remplacer ton exercice ?</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>Your moves already have one called “{name}”. Replace it with this one?</source>
            <translation>Tes exercices en ont déjà un appelé « {name} ». Le remplacer par celui-ci ?</translation>
        </message>
    </context>
    <context>
        <name>gui.language</name>
        <message>
            <location filename="../../hiptimer/gui/language.py" />
            <source>System language</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/language.py" />
            <source>The language could not be saved: {reason}</source>
            <translation>La langue n'a pas pu être enregistrée : {reason}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/language.py" />
            <source>the system language</source>
            <translation>la langue du système</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/language.py" />
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
    </context>
    <context>
        <name>gui.main</name>
        <message>
            <location filename="../../hiptimer/gui/main.py" />
            <source>&amp;Voice</source>
            <translation>&amp;Voix</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/main.py" />
            <source>Flash at every change</source>
            <translation>Flash à chaque changement</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/main.py" />
            <source>Using “{name}” instead.</source>
            <translation>On utilise « {name} » à la place.</translation>
        </message>
    </context>
    <context>
        <name>gui.other_players</name>
        <message>
            <location filename="../../hiptimer/gui/other_players.py" />
            <source>Pause other players during a session</source>
            <translation>Mettre en pause les autres lecteurs pendant une séance</translation>
        </message>
    </context>
    <context>
        <name>gui.shell</name>
        <message>
            <location filename="../../hiptimer/gui/shell.py" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/shell.py" />
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/shell.py" />
            <source>Export history as CSV…</source>
            <translation>Exporter l'historique en CSV…</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/shell.py" />
            <source>Try sound again</source>
            <translation>Réessayer le son</translation>
        </message>
    </context>
    <context>
        <name>gui.theme</name>
        <message>
            <location filename="../../hiptimer/gui/theme.py" />
            <source>GET READY</source>
            <translation>PRÉPARE-TOI</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/theme.py" />
            <source>WORK</source>
            <translation>EFFORT</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/theme.py" />
            <source>SWITCH SIDES</source>
            <translation>CHANGE DE CÔTÉ</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/theme.py" />
            <source>REST</source>
            <translation>REPOS</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/theme.py" />
            <source>ROUND REST</source>
            <translation>REPOS ENTRE TOURS</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/theme.py" />
            <source>DONE</source>
            <translation>TERMINÉ</translation>
        </message>
    </context>
    <context>
        <name>gui.views.editor.dialog</name>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Edit session</source>
            <translation>Modifier la séance</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Cannot edit this session</source>
            <translation>Impossible de modifier cette séance</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Add move</source>
            <translation>Ajouter un exercice</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Add a built-in move or a blank one after the selected move</source>
            <translation>Ajouter un exercice intégré ou vide après l'exercice sélectionné</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Remove the selected move or block</source>
            <translation>Retirer l'exercice ou le bloc sélectionné</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Move up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Move down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Add block</source>
            <translation>Ajouter un bloc</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Add a block of moves at the end</source>
            <translation>Ajouter un bloc d'exercices à la fin</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Save to my moves</source>
            <translation>Enregistrer dans mes exercices</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Save this move to my moves (moves.toml in the config folder), to use in any session</source>
            <translation>Enregistrer cet exercice dans mes exercices (moves.toml dans le dossier de configuration), pour l'utiliser dans n'importe quelle séance</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Whole session</source>
            <translation>Toute la séance</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Block</source>
            <translation>Bloc</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Move</source>
            <translation>Exercice</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Close without saving (Esc)</source>
            <translation>Fermer sans enregistrer (Échap)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>Save and close (Ctrl+S)</source>
            <translation>Enregistrer et fermer (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>{file} was not saved because of an unexpected error ({error}: {reason}).</source>
            <translation>{file} n'a pas été enregistré à cause d'une erreur inattendue ({error} : {reason}).</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>the session was not saved</source>
            <translation>la séance n'a pas été enregistrée</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dialog.py" />
            <source>⚠ Not saved — {reason}</source>
            <translation>⚠ Non enregistré — {reason}</translation>
        </message>
    </context>
    <context>
        <name>gui.views.editor.dose</name>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dose.py" />
            <source>Reps</source>
            <translation>Répétitions</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dose.py" />
            <source>Hold (s)</source>
            <translation>Maintien (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dose.py" />
            <source>Work (s)</source>
            <translation>Effort (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dose.py" />
            <source>Count reps, hold a position, or work for a time (squats, jumps, a run)</source>
            <translation>Compter des répétitions, tenir une position ou faire un effort pendant un temps donné (squats, sauts, une course)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dose.py" />
            <source>Reps per side and per set</source>
            <translation>Répétitions par côté et par série</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dose.py" />
            <source>Seconds to hold, per side and per set</source>
            <translation>Secondes de maintien, par côté et par série</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dose.py" />
            <source>Seconds of work, per side and per set</source>
            <translation>Secondes d'effort, par côté et par série</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dose.py" />
            <source>Until I say done</source>
            <translation>Jusqu'à ce que je dise « fini »</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dose.py" />
            <source>No clock: it counts up and you press Space when done</source>
            <translation>Pas de minuteur : le temps défile et tu appuies sur Espace quand tu as fini</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/dose.py" />
            <source>Reps, hold or work</source>
            <translation>Répétitions, maintien ou effort</translation>
        </message>
    </context>
    <context>
        <name>gui.views.editor.fields</name>
        <message>
            <location filename="../../hiptimer/gui/views/editor/fields.py" />
            <source>Use the value {source} instead</source>
            <translation>Utiliser plutôt la valeur {source}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/fields.py" />
            <source>Not set here: the value {source} applies</source>
            <translation>Non défini ici : la valeur {source} s'applique</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/fields.py" />
            <source>not used here</source>
            <translation>pas utilisé ici</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/fields.py" />
            <source>Self-paced</source>
            <translation>À ton rythme</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/fields.py" />
            <source>How long one rep takes, in seconds</source>
            <translation>Durée d'une répétition, en secondes</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/fields.py" />
            <source>No beat: press Space when you have done your reps</source>
            <translation>Pas de cadence : appuie sur Espace quand tu as fait tes répétitions</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/fields.py" />
            <source>{value} (unknown)</source>
            <translation>{value} (inconnu)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/fields.py" />
            <source>None (all settings here)</source>
            <translation>Aucun (tous les réglages ici)</translation>
        </message>
    </context>
    <context>
        <name>gui.views.editor.files</name>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Get ready</source>
            <translation>Préparation</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Go (a move starts)</source>
            <translation>Départ (un exercice commence)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Rest</source>
            <translation>Repos</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Switch sides</source>
            <translation>Changement de côté</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Halfway</source>
            <translation>Mi-parcours</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Countdown (3-2-1)</source>
            <translation>Compte à rebours (3-2-1)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Each rep</source>
            <translation>Chaque répétition</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>New round</source>
            <translation>Nouveau tour</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Done</source>
            <translation>Fin</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>File…</source>
            <translation>Fichier…</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Picture</source>
            <translation>Image</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>A built-in picture, or a .svg, .png, .jpg, .gif or .webp file</source>
            <translation>Une image intégrée, ou un fichier .svg, .png, .jpg, .gif ou .webp</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Choose a picture file</source>
            <translation>Choisir un fichier image</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>built-in tone</source>
            <translation>son intégré</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>A .wav, .ogg or .mp3 file for '{cue}', relative to the session</source>
            <translation>Un fichier .wav, .ogg ou .mp3 pour '{cue}', relatif à la séance</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Sound for {cue}</source>
            <translation>Son pour {cue}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Choose a sound file for '{cue}'</source>
            <translation>Choisir un fichier son pour '{cue}'</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/files.py" />
            <source>Your own sounds</source>
            <translation>Tes propres sons</translation>
        </message>
    </context>
    <context>
        <name>gui.views.editor.forms</name>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Left</source>
            <translation>Gauche</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Right</source>
            <translation>Droite</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>No sides (one phase)</source>
            <translation>Sans côtés (une phase)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Both sides, one after the other</source>
            <translation>Les deux côtés, l'un après l'autre</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Left side only</source>
            <translation>Côté gauche seulement</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Right side only</source>
            <translation>Côté droit seulement</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Alternating legs, rep by rep</source>
            <translation>Jambes en alternance, répétition par répétition</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>{key}: {problem}</source>
            <translation>{key} : {problem}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>First side</source>
            <translation>Premier côté</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>e.g. Pre-run activation</source>
            <translation>p. ex. Activation avant la course</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Spoken at the start</source>
            <translation>Dit au début</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>the name, unless set</source>
            <translation>le nom, sauf si défini</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Finish text</source>
            <translation>Texte de fin</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Shown and spoken at the end, in place of “Done — go run!”</source>
            <translation>Affiché et dit à la fin, à la place de « Terminé — va courir ! »</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Rounds</source>
            <translation>Tours</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>How many times the moves are done</source>
            <translation>Combien de fois les exercices sont faits</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Get ready (s)</source>
            <translation>Préparation (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Time to get onto the mat</source>
            <translation>Temps pour s'installer sur le tapis</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Tempo (s per rep)</source>
            <translation>Tempo (s par rép.)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Rest between moves (s)</source>
            <translation>Repos entre exercices (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Rest between sets (s)</source>
            <translation>Repos entre séries (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Rest between rounds (s)</source>
            <translation>Repos entre tours (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Switch sides (s)</source>
            <translation>Changement de côté (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Time to change to the other side</source>
            <translation>Temps pour passer de l'autre côté</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>The side the session's both-sided and alternating moves start on</source>
            <translation>Le côté par lequel commencent les exercices des deux côtés et en alternance de la séance</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Block name</source>
            <translation>Nom du bloc</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>e.g. Circuit</source>
            <translation>p. ex. Circuit</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>How many times this block's moves are done</source>
            <translation>Combien de fois les exercices de ce bloc sont faits</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Time to change sides (and to turn over)</source>
            <translation>Temps pour changer de côté (et se retourner)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Sides</source>
            <translation>Côtés</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>One side, then the other</source>
            <translation>Un côté, puis l'autre</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Do every both-sided move on the first side, then the whole block again on the other, with one switch between</source>
            <translation>Faire chaque exercice des deux côtés sur le premier côté, puis tout le bloc à nouveau sur l'autre, avec un seul changement de côté entre les deux</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>The side this block's both-sided and alternating moves start on</source>
            <translation>Le côté par lequel commencent les exercices des deux côtés et en alternance de ce bloc</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Which sides the move is done on</source>
            <translation>De quels côtés l'exercice se fait</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Based on</source>
            <translation>Basé sur</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>A library move whose settings this move starts from</source>
            <translation>Un exercice de bibliothèque dont cet exercice reprend les réglages</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>e.g. Clam shell</source>
            <translation>p. ex. Clamshell</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Counts as (s)</source>
            <translation>Compte pour (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>What a move you end yourself counts for in the total, per side and set (by default 3 s a rep, or 30 s)</source>
            <translation>Ce que compte dans le total un exercice que tu termines toi-même, par côté et par série (par défaut 3 s par répétition, ou 30 s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>auto</source>
            <translation>auto</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>The side this both-sided and alternating moves start on</source>
            <translation>Le côté par lequel commence cet exercice des deux côtés ou en alternance</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Sets</source>
            <translation>Séries</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>How many times in a row, with a rest between</source>
            <translation>Combien de fois d'affilée, avec un repos entre chaque</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Every (s)</source>
            <translation>Toutes les (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Start each set this long after the last one started (every minute on the minute: 60)</source>
            <translation>Commencer chaque série ce temps après le début de la précédente (chaque minute pile : 60)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>off</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Rest after (s)</source>
            <translation>Repos après (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Rest after this move</source>
            <translation>Repos après cet exercice</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Mirror</source>
            <translation>Miroir</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Mirrored on the right side</source>
            <translation>En miroir du côté droit</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Show the picture mirrored while the right side is worked</source>
            <translation>Afficher l'image en miroir pendant le travail du côté droit</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Instructions</source>
            <translation>Consignes</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/forms.py" />
            <source>Spoken name</source>
            <translation>Nom prononcé</translation>
        </message>
    </context>
    <context>
        <name>gui.views.editor.move_list</name>
        <message>
            <location filename="../../hiptimer/gui/views/editor/move_list.py" />
            <source>Blank move</source>
            <translation>Exercice vide</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/move_list.py" />
            <source>Whole session</source>
            <translation>Toute la séance</translation>
        </message>
    </context>
    <context>
        <name>gui.views.editor.own_moves</name>
        <message>
            <location filename="../../hiptimer/gui/views/editor/own_moves.py" />
            <source>Move not saved</source>
            <translation>Exercice non enregistré</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/own_moves.py" />
            <source>✓ Saved to your moves as “{name}” ({file}): use it with move = "{name}"</source>
            <translation>✓ Enregistré dans tes exercices sous « {name} » ({file}) : utilise-le avec move = "{name}"</translation>
        </message>
    </context>
    <context>
        <name>gui.views.editor.progression</name>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Off: keeps its dose</source>
            <translation>Désactivée : garde sa dose</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>The session's rule</source>
            <translation>La règle de la séance</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Its own rule</source>
            <translation>Sa propre règle</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Step</source>
            <translation>Pas</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>How much the dose goes up or down: reps, or seconds</source>
            <translation>De combien la dose monte ou descend : répétitions ou secondes</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Easy runs</source>
            <translation>Séances faciles</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>How many runs in a row rated easy before a step up</source>
            <translation>Combien de séances d'affilée notées faciles avant de monter d'un pas</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Ceiling</source>
            <translation>Plafond</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>The highest dose</source>
            <translation>La dose la plus haute</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Floor</source>
            <translation>Plancher</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>The lowest dose a hard run steps down to</source>
            <translation>La dose la plus basse à laquelle une séance difficile fait redescendre</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Reps</source>
            <translation>Répétitions</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Hold (s)</source>
            <translation>Maintien (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Work (s)</source>
            <translation>Effort (s)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Take this out: the value hiptimer uses by default, or the session's, applies</source>
            <translation>Retirer ceci : la valeur qu'utilise hiptimer par défaut, ou celle de la séance, s'applique</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Not set here: the value {source}</source>
            <translation>Non défini ici : la valeur {source}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Whether this move's dose follows your ratings of finished runs</source>
            <translation>Si la dose de cet exercice suit tes notes des séances terminées</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Progression</source>
            <translation>Progression</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Its harder variation</source>
            <translation>Sa variante plus difficile</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Stay at the ceiling</source>
            <translation>Rester au plafond</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>The move to go on to once the ceiling is reached</source>
            <translation>L'exercice à faire une fois le plafond atteint</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Then</source>
            <translation>Ensuite</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Its harder variation ({move})</source>
            <translation>Sa variante plus difficile ({move})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>Its harder variation (none: stays at the ceiling)</source>
            <translation>Sa variante plus difficile (aucune : reste au plafond)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>{move} (unknown)</source>
            <translation>{move} (inconnu)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>{tip}, for every move counted in {kind} (none: no rule for them)</source>
            <translation>{tip}, pour chaque exercice compté en {kind} (aucune : pas de règle pour eux)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/editor/progression.py" />
            <source>none</source>
            <translation>aucune</translation>
        </message>
    </context>
    <context>
        <name>gui.views.finish</name>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Easy (1)</source>
            <translation>Facile (1)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>It felt easy (1)</source>
            <translation>C'était facile (1)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Noted: it felt easy.</source>
            <translation>Noté : c'était facile.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Just right (2)</source>
            <translation>Bien dosé (2)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>It felt just right (2)</source>
            <translation>C'était bien dosé (2)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Noted: it felt just right.</source>
            <translation>Noté : c'était bien dosé.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Hard (3)</source>
            <translation>Difficile (3)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>It felt hard (3)</source>
            <translation>C'était difficile (3)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Noted: it felt hard.</source>
            <translation>Noté : c'était difficile.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Done — go run!</source>
            <translation>Terminé — va courir !</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Sound is off (M)</source>
            <translation>Le son est coupé (M)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>How did it feel?</source>
            <translation>C'était comment ?</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Again (R)</source>
            <translation>Encore (R)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Do the session again (R)</source>
            <translation>Refaire la séance (R)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Back to start (Esc)</source>
            <translation>Retour au début (Échap)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>Back to the start screen (Esc)</source>
            <translation>Retour à l'écran de départ (Échap)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/finish.py" />
            <source>{answer}: {meaning}</source>
            <translation>{answer} : {meaning}</translation>
        </message>
    </context>
    <context>
        <name>gui.views.move_cards</name>
        <message>
            <location filename="../../hiptimer/gui/views/move_cards.py" />
            <source>{name}: {dose}</source>
            <translation>{name} : {dose}</translation>
        </message>
    </context>
    <context>
        <name>gui.views.run</name>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Session progress</source>
            <translation>Avancement de la séance</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>SOUND OFF</source>
            <translation>SON COUPÉ</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Sound is off</source>
            <translation>Le son est coupé</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Countdown</source>
            <translation>Compte à rebours</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>◀ Back</source>
            <translation>◀ Retour</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Restart this phase, or go back one (←)</source>
            <translation>Recommencer cette phase, ou revenir à la précédente (←)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Done ✓</source>
            <translation>Fini ✓</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Done with these reps (Space)</source>
            <translation>Ces répétitions sont faites (Espace)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Pause or resume (Space)</source>
            <translation>Pause ou reprise (Espace)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Skip ▶</source>
            <translation>Passer ▶</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Skip to the next phase (→)</source>
            <translation>Passer à la phase suivante (→)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Restart</source>
            <translation>Recommencer</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Start the session again (R)</source>
            <translation>Recommencer la séance (R)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>■ Stop</source>
            <translation>■ Arrêter</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Stop and go back to the start (Esc)</source>
            <translation>Arrêter et revenir au début (Échap)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Mute</source>
            <translation>Couper le son</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Sound on or off (M)</source>
            <translation>Son activé ou coupé (M)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Full screen</source>
            <translation>Plein écran</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Full screen on or off (F11)</source>
            <translation>Plein écran ou non (F11)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Paused — Space to resume</source>
            <translation>En pause — Espace pour reprendre</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Unmute</source>
            <translation>Remettre le son</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Leave full screen</source>
            <translation>Quitter le plein écran</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Exit full</source>
            <translation>Fenêtre</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/run.py" />
            <source>Full</source>
            <translation>Plein</translation>
        </message>
    </context>
    <context>
        <name>gui.views.start</name>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Session</source>
            <translation>Séance</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Pick a session: built-in, your own, or recent</source>
            <translation>Choisis une séance : intégrée, la tienne ou récente</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Session:</source>
            <translation>Séance :</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Open…</source>
            <translation>Ouvrir…</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Open a session file (Ctrl+O)</source>
            <translation>Ouvrir un fichier de séance (Ctrl+O)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Edit this session (Ctrl+E)</source>
            <translation>Modifier cette séance (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>More session actions</source>
            <translation>Autres actions sur la séance</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>More: duplicate, delete, show in folder</source>
            <translation>Plus : dupliquer, supprimer, afficher dans le dossier</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Rounds</source>
            <translation>Tours</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Rounds for this run</source>
            <translation>Tours pour cette séance</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Reps and holds</source>
            <translation>Rép. et maintiens</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Reps and hold times for this run</source>
            <translation>Répétitions et temps de maintien pour cette séance</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>{percent} %</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Fewer reps and shorter holds</source>
            <translation>Moins de répétitions et maintiens plus courts</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>More reps and longer holds</source>
            <translation>Plus de répétitions et maintiens plus longs</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Keep these</source>
            <translation>Garder</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Save these rounds and reps into the session</source>
            <translation>Enregistrer ces tours et répétitions dans la séance</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Goal per week</source>
            <translation>Objectif par semaine</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Your goal: warm-ups per week</source>
            <translation>Ton objectif : échauffements par semaine</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Volume of the cues and the voice</source>
            <translation>Volume des signaux et de la voix</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Sound is off — press M to turn it on</source>
            <translation>Le son est coupé — appuie sur M pour le remettre</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Start  (Space)</source>
            <translation>Démarrer  (Espace)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Start the session (Space)</source>
            <translation>Démarrer la séance (Espace)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Duplicate</source>
            <translation>Dupliquer</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Delete (to trash)</source>
            <translation>Supprimer (corbeille)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Show in folder</source>
            <translation>Afficher dans le dossier</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>Restore a deleted session</source>
            <translation>Restaurer une séance supprimée</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/start.py" />
            <source>(the trash is empty)</source>
            <translation>(la corbeille est vide)</translation>
        </message>
    </context>
    <context>
        <name>gui.views.suggestions</name>
        <message numerus="yes">
            <location filename="../../hiptimer/gui/views/suggestions.py" />
            <source>{suggestion} (and %n more)</source>
            <translation>
                <numerusform>{suggestion} (et %n autre)</numerusform>
                <numerusform>{suggestion} (et %n autres)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/suggestions.py" />
            <source>Take it</source>
            <translation>Accepter</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/suggestions.py" />
            <source>Use this dose from now on (saved in your copy)</source>
            <translation>Utiliser cette dose désormais (enregistrée dans ta copie)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/suggestions.py" />
            <source>Keep the old dose</source>
            <translation>Garder l'ancienne dose</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/suggestions.py" />
            <source>Leave the dose as it is</source>
            <translation>Laisser la dose telle quelle</translation>
        </message>
    </context>
    <context>
        <name>gui.views.week_chart</name>
        <message>
            <location filename="../../hiptimer/gui/views/week_chart.py" />
            <source>Sessions per week</source>
            <translation>Séances par semaine</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/gui/views/week_chart.py" />
            <source>week of {date}: %n run(s) and {skipped} skipped</source>
            <translation>
                <numerusform>semaine du {date} : %n séance, sautées : {skipped}</numerusform>
                <numerusform>semaine du {date} : %n séances, sautées : {skipped}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/gui/views/week_chart.py" />
            <source>week of {date}: %n run(s)</source>
            <translation>
                <numerusform>semaine du {date} : %n séance</numerusform>
                <numerusform>semaine du {date} : %n séances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/gui/views/week_chart.py" />
            <source>Goal: %n run(s) a week. Counted runs in recent weeks: {counts}</source>
            <translation>
                <numerusform>Objectif : %n séance par semaine. Séances comptées ces dernières semaines : {counts}</numerusform>
                <numerusform>Objectif : %n séances par semaine. Séances comptées ces dernières semaines : {counts}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/week_chart.py" />
            <source>goal {goal}</source>
            <translation>objectif {goal}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/week_chart.py" />
            <source>now</source>
            <translation>en cours</translation>
        </message>
    </context>
    <context>
        <name>gui.views.widgets</name>
        <message>
            <location filename="../../hiptimer/gui/views/widgets.py" />
            <source>{name} picture</source>
            <translation>Image de {name}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/widgets.py" />
            <source>{name}, start position, mirrored for the other side</source>
            <translation>{name}, position de départ, en miroir pour l'autre côté</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/widgets.py" />
            <source>{name}, start position</source>
            <translation>{name}, position de départ</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/widgets.py" />
            <source>{name}, end position, mirrored for the other side</source>
            <translation>{name}, position finale, en miroir pour l'autre côté</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/widgets.py" />
            <source>{name}, end position</source>
            <translation>{name}, position finale</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/widgets.py" />
            <source>{name}, mirrored for the other side</source>
            <translation>{name}, en miroir pour l'autre côté</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/views/widgets.py" />
            <source>{percent} % done</source>
            <translation>{percent} % fait</translation>
        </message>
    </context>
    <context>
        <name>gui.voice_menu</name>
        <message>
            <location filename="../../hiptimer/gui/voice_menu.py" />
            <source>&amp;Piper (natural voice)</source>
            <translation>&amp;Piper (voix naturelle)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/voice_menu.py" />
            <source>&amp;espeak-ng</source>
            <translation>&amp;espeak-ng</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/voice_menu.py" />
            <source>&amp;System voice</source>
            <translation>&amp;Voix du système</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/voice_menu.py" />
            <source>&amp;Tones only</source>
            <translation>&amp;Sons seulement</translation>
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
            <translation>Démarrer / pause / reprendre / fini</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/window.py" />
            <source>Skip</source>
            <translation>Passer</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/window.py" />
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/window.py" />
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/window.py" />
            <source>Restart</source>
            <translation>Recommencer</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/window.py" />
            <source>Mute</source>
            <translation>Couper le son</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/window.py" />
            <source>Full screen</source>
            <translation>Plein écran</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/window.py" />
            <source>Leave full screen / stop</source>
            <translation>Quitter le plein écran / arrêter</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/window.py" />
            <source>Open…</source>
            <translation>Ouvrir…</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/window.py" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location filename="../../hiptimer/gui/window.py" />
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <location filename="../../hiptimer/history.py" />
            <source>it is a folder</source>
            <translation>c'est un dossier</translation>
        </message>
        <message>
            <location filename="../../hiptimer/history.py" />
            <source>file is not a database</source>
            <translation>le fichier n'est pas une base de données</translation>
        </message>
        <message>
            <location filename="../../hiptimer/history.py" />
            <source>it was written by a newer hiptimer (schema version {version})</source>
            <translation>il a été écrit par un hiptimer plus récent (version de schéma {version})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/history.py" />
            <source>{reason}, and it could not be moved aside: {error}</source>
            <translation>{reason}, et il n'a pas pu être mis de côté : {error}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/history.py" />
            <source>The history file {file} could not be read ({reason}). It was moved to {aside} and a new history was started.</source>
            <translation>Le fichier d'historique {file} n'a pas pu être lu ({reason}). Il a été déplacé vers {aside} et un nouvel historique a été commencé.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/history.py" />
            <source>{reason}; a new file failed too: {error}</source>
            <translation>{reason} ; un nouveau fichier a aussi échoué : {error}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/history.py" />
            <source>The history file {file} cannot be used ({reason}). Sessions this time will not be remembered.</source>
            <translation>Le fichier d'historique {file} ne peut pas être utilisé ({reason}). Les séances ne seront pas retenues cette fois-ci.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/history.py" />
            <source>Runs cannot be written to the history file {file} right now ({reason}). They are kept while hiptimer is open and written as soon as the file takes them.</source>
            <translation>Les séances ne peuvent pas être écrites dans le fichier d'historique {file} pour l'instant ({reason}). Elles sont gardées tant que hiptimer est ouvert et écrites dès que le fichier les accepte.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/history.py" />
            <source>%n run(s), {minutes} min</source>
            <translation>
                <numerusform>%n séance, {minutes} min</numerusform>
                <numerusform>%n séances, {minutes} min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>library</name>
        <message>
            <location filename="../../hiptimer/library.py" />
            <source>cannot copy {file}: {reason}</source>
            <translation>impossible de copier {file} : {reason}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/library.py" />
            <source>{name} is built into hiptimer and cannot be deleted.</source>
            <translation>{name} est intégrée à hiptimer et ne peut pas être supprimée.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/library.py" />
            <source>{file} is not in your session library; it can only be removed from the recent list.</source>
            <translation>{file} n'est pas dans ta bibliothèque de séances ; il peut seulement être retiré de la liste des récents.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/library.py" />
            <source>cannot move {file} to the trash: {reason}</source>
            <translation>impossible de mettre {file} à la corbeille : {reason}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/library.py" />
            <source>cannot restore {file}: {reason}</source>
            <translation>impossible de restaurer {file} : {reason}</translation>
        </message>
    </context>
    <context>
        <name>plan</name>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>Done — go run!</source>
            <translation>Terminé — va courir !</translation>
        </message>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>left side</source>
            <translation>côté gauche</translation>
        </message>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>right side</source>
            <translation>côté droit</translation>
        </message>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>left leg</source>
            <translation>jambe gauche</translation>
        </message>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>right leg</source>
            <translation>jambe droite</translation>
        </message>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>{move} — alternating legs</source>
            <translation>{move} — jambes en alternance</translation>
        </message>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>{move} — {side}</source>
            <translation>{move} — {side}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>Rest</source>
            <translation>Repos</translation>
        </message>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>Switch sides</source>
            <translation>Change de côté</translation>
        </message>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>Get ready</source>
            <translation>Prépare-toi</translation>
        </message>
        <message>
            <location filename="../../hiptimer/plan.py" />
            <source>Round rest</source>
            <translation>Repos entre tours</translation>
        </message>
    </context>
    <context>
        <name>preflight</name>
        <message>
            <location filename="../../hiptimer/preflight.py" />
            <source>X11 (Qt's xcb platform plugin)</source>
            <translation>X11 (le plugin de plateforme xcb de Qt)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/preflight.py" />
            <source>Wayland (Qt's wayland platform plugin)</source>
            <translation>Wayland (le plugin de plateforme wayland de Qt)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/preflight.py" />
            <source>{first} or {second}</source>
            <translation>{first} ou {second}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/preflight.py" />
            <source>hiptimer: Qt cannot open the window on {platforms}: these libraries are missing:</source>
            <translation>hiptimer : Qt ne peut pas ouvrir la fenêtre sur {platforms} : ces bibliothèques manquent :</translation>
        </message>
        <message>
            <location filename="../../hiptimer/preflight.py" />
            <source>hiptimer: Qt cannot start: these libraries are missing:</source>
            <translation>hiptimer : Qt ne peut pas démarrer : ces bibliothèques manquent :</translation>
        </message>
        <message>
            <location filename="../../hiptimer/preflight.py" />
            <source>Install them, then start hiptimer again:</source>
            <translation>Installe-les, puis relance hiptimer :</translation>
        </message>
        <message>
            <location filename="../../hiptimer/preflight.py" />
            <source>Debian, Ubuntu:  {command}</source>
            <translation>Debian, Ubuntu :  {command}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/preflight.py" />
            <source>Fedora:          {command}</source>
            <translation>Fedora :          {command}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/preflight.py" />
            <source>No package is known here for {name}: {apt} or {dnf} finds it.</source>
            <translation>Aucun paquet n'est connu ici pour {name} : {apt} ou {dnf} le trouve.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/preflight.py" />
            <source>Or choose another Qt platform: on a Wayland desktop, {wayland} uses Wayland instead of X11; {offscreen} runs with no window at all (for scripts and tests).</source>
            <translation>Ou choisis une autre plateforme Qt : sur un bureau Wayland, {wayland} utilise Wayland au lieu de X11 ; {offscreen} tourne sans aucune fenêtre (pour les scripts et les tests).</translation>
        </message>
        <message>
            <location filename="../../hiptimer/preflight.py" />
            <source>PySide6 {pyside} on Python {python} is known to crash: the interpreter aborts after a few thousand updates of the window. Install another PySide6 with {command}, or run hiptimer on Python {newer} or newer.</source>
            <translation>PySide6 {pyside} sur Python {python} est connu pour planter : l'interpréteur s'arrête brutalement après quelques milliers de mises à jour de la fenêtre. Installe une autre version de PySide6 avec {command}, ou lance hiptimer avec Python {newer} ou plus récent.</translation>
        </message>
    </context>
    <context>
        <name>progression</name>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>a table</source>
            <translation>une table</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>a list</source>
            <translation>une liste</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>must be a table like {example}, or true or false, got {value}</source>
            <translation>doit être une table comme {example}, ou true ou false, et non {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>easy runs in a row</source>
            <translation>séances faciles d'affilée</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>reps or seconds</source>
            <translation>répétitions ou secondes</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>must be a whole number from {low} to {high} ({what}), got {value}</source>
            <translation>doit être un nombre entier de {low} à {high} ({what}), et non {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>must not be above the ceiling ({ceiling}), got {floor}</source>
            <translation>ne doit pas dépasser le plafond ({ceiling}) : {floor}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>unknown key '{key}'; did you mean '{close}'?</source>
            <translation>clé inconnue '{key}' ; voulais-tu dire '{close}' ?</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>unknown key '{key}' here: the session's rules are per kind of move, e.g. reps = {{ {key} = 2 }} or hold = {{ {key} = 5 }}</source>
            <translation>clé inconnue '{key}' ici : les règles de la séance sont par type d'exercice, p. ex. reps = {{ {key} = 2 }} ou hold = {{ {key} = 5 }}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>unknown key '{key}' here: the harder variation is a move's own (on the move)</source>
            <translation>clé inconnue '{key}' ici : la variante plus difficile appartient à l'exercice (à mettre sur l'exercice)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>unknown key '{key}'; a progression table may have {keys}</source>
            <translation>clé inconnue '{key}' ; une table de progression peut avoir {keys}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>must be the name of a move, e.g. "banded-clam-shell", got {value}</source>
            <translation>doit être le nom d'un exercice, p. ex. "banded-clam-shell", et non {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>must not be empty (leave it out when the move has no harder variation)</source>
            <translation>ne doit pas être vide (omets cette clé quand l'exercice n'a pas de variante plus difficile)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>must be at most {limit} characters, got {length}</source>
            <translation>doit faire au plus {limit} caractères, et non {length}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>must not hold a control character ({character} at {where})</source>
            <translation>ne doit pas contenir de caractère de contrôle ({character} à {where})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/progression.py" />
            <source>last %n run(s) felt easy</source>
            <translation>
                <numerusform>la dernière séance a semblé facile</numerusform>
                <numerusform>les %n dernières séances ont semblé faciles</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>{amount:g} each side</source>
            <translation>{amount:g} de chaque côté</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>{amount:g} reps</source>
            <translation>{amount:g} répétitions</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>{amount:g} s each side</source>
            <translation>{amount:g} s de chaque côté</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>{felt}: {move} {amount}, was {was}</source>
            <translation>{felt} : {move} {amount}, avant {was}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>{felt} at the top dose of {move} ({top}): on to {next}</source>
            <translation>{felt} à la dose maximale de {move} ({top}) : passe à {next}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>{felt} at the top dose of {move} ({top}): on to {next}, {start}</source>
            <translation>{felt} à la dose maximale de {move} ({top}) : passe à {next}, {start}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/progression.py" />
            <source>last run felt hard: {move} {amount}, was {was}</source>
            <translation>la dernière séance a semblé difficile : {move} {amount}, avant {was}</translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>no equipment</source>
            <translation>sans matériel</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a mini band</source>
            <translation>une mini-bande</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a stability ball</source>
            <translation>un ballon de stabilité</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>{items} and {item}</source>
            <comment>the last of a list</comment>
            <translation>{items} et {item}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>You need: {equipment}</source>
            <translation>Il te faut : {equipment}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>; did you mean {keys}?</source>
            <translation>; voulais-tu dire {keys} ?</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>{choices} or {choice}</source>
            <translation>{choices} ou {choice}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>unknown key '{key}'{suggestion}</source>
            <translation>clé inconnue '{key}'{suggestion}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a whole number from {low} to {high}, got {value}</source>
            <translation>doit être un nombre entier de {low} à {high}, et non {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a number of seconds from {low} to {high}, got {value}</source>
            <translation>doit être un nombre de secondes de {low} à {high}, et non {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>unknown key '{key}': a translation is written "{base}.de", with a language code of two small letters after the dot</source>
            <translation>clé inconnue '{key}' : une traduction s'écrit "{base}.fr", avec un code de langue de deux lettres minuscules après le point</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>`{key}` needs `{base}` too</source>
            <translation>`{key}` a aussi besoin de `{base}`</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be text in quotes, got a table; for a translation, put the whole key in quotes: write "{key}.{code}" = "…"</source>
            <translation>doit être du texte entre guillemets, et non une table ; pour une traduction, mets toute la clé entre guillemets : écris "{key}.{code}" = "…"</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be text in quotes, got {value}</source>
            <translation>doit être du texte entre guillemets, et non {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>is too long ({length} characters, at most {limit})</source>
            <translation>est trop long ({length} caractères, au plus {limit})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must not be empty</source>
            <translation>ne doit pas être vide</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be true or false, got {value}</source>
            <translation>doit être true ou false, et non {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a list of {kind} tables with at least one entry</source>
            <translation>doit être une liste de tables {kind} avec au moins une entrée</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>has {count} entries, at most {limit} are allowed</source>
            <translation>a {count} entrées, au plus {limit} sont permises</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a table, got {value}</source>
            <translation>doit être une table, et non {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must not contain a control character, found {character} at character {position}</source>
            <translation>ne doit pas contenir de caractère de contrôle, trouvé {character} au caractère {position}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must not contain a control character, found {character} at character {position} of "{value}"</source>
            <translation>ne doit pas contenir de caractère de contrôle, trouvé {character} au caractère {position} de "{value}"</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a number far too large</source>
            <translation>un nombre bien trop grand</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a table</source>
            <translation>une table</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a list</source>
            <translation>une liste</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a {type}</source>
            <translation>une valeur {type}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>not valid TOML: {error}</source>
            <translation>TOML non valide : {error}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>your own moves in {file} were not read: {problem}</source>
            <translation>tes propres exercices dans {file} n'ont pas été lus : {problem}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be tables of moves, e.g. [library.wall-sit] with a name and hold = 45</source>
            <translation>doit être des tables d'exercices, p. ex. [library.wall-sit] avec un name et hold = 45</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a table of move keys, got {value}</source>
            <translation>doit être une table de clés d'exercices, et non {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>your move '{move}' has problems (above)</source>
            <translation>ton exercice '{move}' a des problèmes (ci-dessus)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>your move '{move}' ({file}{line}): {path}: {problem}</source>
            <translation>ton exercice '{move}' ({file}{line}) : {path} : {problem}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>your move '{move}': {problem}</source>
            <translation>ton exercice '{move}' : {problem}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>'{move}' is another move of this session's [library]: a library move may start from a built-in move or one of your own only</source>
            <translation>'{move}' est un autre exercice de la [library] de cette séance : un exercice de bibliothèque ne peut partir que d'un exercice intégré ou d'un des tiens</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>no built-in move {value}{suggestion} (known: {known})</source>
            <translation>aucun exercice intégré {value}{suggestion} (connus : {known})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>no move {value}{suggestion} (known: {known})</source>
            <translation>aucun exercice {value}{suggestion} (connus : {known})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a picture name or file, or a list of files</source>
            <translation>doit être un nom ou un fichier d'image, ou une liste de fichiers</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>has {count} frames, at most {limit} are allowed</source>
            <translation>a {count} images, au plus {limit} sont permises</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>no built-in picture '{name}' and not a {suffixes} file (built-in: {known})</source>
            <translation>aucune image intégrée '{name}' et pas un fichier {suffixes} (intégrées : {known})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a PNG picture</source>
            <translation>une image PNG</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a JPEG picture</source>
            <translation>une image JPEG</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a GIF picture</source>
            <translation>une image GIF</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a WebP picture</source>
            <translation>une image WebP</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a SVG picture</source>
            <translation>une image SVG</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a WAV sound</source>
            <translation>un son WAV</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a OGG sound</source>
            <translation>un son OGG</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a MP3 sound</source>
            <translation>un son MP3</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a FLAC sound</source>
            <translation>un son FLAC</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a web page</source>
            <translation>une page web</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a PDF document</source>
            <translation>un document PDF</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a zip archive</source>
            <translation>une archive zip</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>no such file: {file}</source>
            <translation>fichier introuvable : {file}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>{file} is a folder, not a picture file</source>
            <translation>{file} est un dossier, pas un fichier image</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>{file} is a folder, not a sound file</source>
            <translation>{file} est un dossier, pas un fichier son</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>{file} is not a regular file</source>
            <translation>{file} n'est pas un fichier ordinaire</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>{file} is {kind}, not a picture file</source>
            <translation>{file} est {kind}, pas un fichier image</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>{file} is {kind}, not a sound file</source>
            <translation>{file} est {kind}, pas un fichier son</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>cannot read {file}: {reason}</source>
            <translation>impossible de lire {file} : {reason}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>cannot find the home folder that "{user}" stands for; write "./{name}" for a file of that name</source>
            <translation>impossible de trouver le dossier personnel que désigne "{user}" ; écris "./{name}" pour un fichier de ce nom</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>cannot find the home folder that "{user}" stands for</source>
            <translation>impossible de trouver le dossier personnel que désigne "{user}"</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a table of cue names and sound files, e.g. [sounds] with go = "sounds/whistle.wav"</source>
            <translation>doit être une table de noms de signaux et de fichiers son, p. ex. [sounds] avec go = "sounds/whistle.wav"</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a sound file name in quotes, got {value}</source>
            <translation>doit être un nom de fichier son entre guillemets, et non {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a {suffixes} file, got {value}</source>
            <translation>doit être un fichier {suffixes}, et non {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>a move needs a name (or 'move' naming a built-in move)</source>
            <translation>un exercice a besoin d'un nom (ou de 'move' désignant un exercice intégré)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>give either 'reps' or 'hold', not both</source>
            <translation>donne soit 'reps', soit 'hold', pas les deux</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>give only one of 'reps', 'hold' and 'work', not {keys}</source>
            <translation>donne une seule clé parmi 'reps', 'hold' et 'work', pas {keys}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>needs 'reps' (a count), 'hold' or 'work' (seconds)</source>
            <translation>il faut 'reps' (un nombre), 'hold' ou 'work' (des secondes)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>is only for a move the runner ends: reps with tempo = "self", hold = "self" or work = "self"</source>
            <translation>sert seulement pour un exercice que le coureur termine lui-même : reps avec tempo = "self", hold = "self" ou work = "self"</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>the block is done one side then the other: give 'first_side' on the block</source>
            <translation>le bloc se fait d'un côté puis de l'autre : donne 'first_side' sur le bloc</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be "none", "mini-band" or "stability-ball", got {value}{suggestion}</source>
            <translation>doit être "none", "mini-band" ou "stability-ball", et non {value}{suggestion}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must name a move, e.g. "banded-clam-shell" (leave it out when there is none)</source>
            <translation>doit désigner un exercice, p. ex. "banded-clam-shell" (omets cette clé quand il n'y en a pas)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>names this move itself ('{move}'); name another move</source>
            <translation>désigne cet exercice lui-même ('{move}') ; désigne un autre exercice</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>no move {value}{suggestion}</source>
            <translation>aucun exercice {value}{suggestion}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>'every' already sets the rest between sets (what is left of each interval); leave 'set_rest' out</source>
            <translation>'every' fixe déjà le repos entre les séries (ce qui reste de chaque intervalle) ; retire 'set_rest'</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>is shorter than one set: both sides and the switch take {seconds} s, every is {every} s</source>
            <translation>est plus court qu'une série : les deux côtés et le changement de côté prennent {seconds} s, every vaut {every} s</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>is shorter than one set: the work takes {seconds} s, every is {every} s</source>
            <translation>est plus court qu'une série : l'effort prend {seconds} s, every vaut {every} s</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a number of seconds from {low} to {high}, or "self", got {value}</source>
            <translation>doit être un nombre de secondes de {low} à {high}, ou "self", et non {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be "left", "right", "both" or "alternate", got {value}; '{sides}' goes on a [[blocks]] table</source>
            <translation>doit être "left", "right", "both" ou "alternate", et non {value} ; '{sides}' se met sur une table [[blocks]]</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be "left", "right", "both" or "alternate", got {value}</source>
            <translation>doit être "left", "right", "both" ou "alternate", et non {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>says {value} but sides = "{sides}"; keep only 'sides'</source>
            <translation>indique {value} mais sides = "{sides}" ; garde seulement 'sides'</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be "left" or "right", got {value}</source>
            <translation>doit être "left" ou "right", et non {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be seconds per rep from 0.5 to 60, or "self", got {value}</source>
            <translation>doit être un nombre de secondes par répétition de 0.5 à 60, ou "self", et non {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be "{sides}", got {value}; on a block, sides can only be "one-then-other" (give a move's own sides on the move)</source>
            <translation>doit être "{sides}", et non {value} ; sur un bloc, sides ne peut être que "one-then-other" (mets les côtés propres à un exercice sur l'exercice)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be "{sides}", got {value}</source>
            <translation>doit être "{sides}", et non {value}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source> ('{key}' here: did you mean '{close}'?)</source>
            <translation> ('{key}' ici : voulais-tu dire '{close}' ?)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>this is not a hiptimer session: it needs a [[moves]] or [[blocks]] list{hint}</source>
            <translation>ce n'est pas une séance hiptimer : il lui faut une liste [[moves]] ou [[blocks]]{hint}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>use either [[moves]] or [[blocks]] at the top level, not both</source>
            <translation>utilise soit [[moves]], soit [[blocks]] au niveau principal, pas les deux</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>the session needs a name, e.g. name = "Pre-run activation"</source>
            <translation>la séance a besoin d'un nom, p. ex. name = "Activation avant la course"</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must not be empty (leave it out for "{finish}")</source>
            <translation>ne doit pas être vide (omets cette clé pour « {finish} »)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>Done — go run!</source>
            <translation>Terminé — va courir !</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>Circuit</source>
            <translation>Circuit</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>Moves</source>
            <translation>Exercices</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>Block {number}</source>
            <translation>Bloc {number}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a table: [question] with ask and answers</source>
            <translation>doit être une table : [question] avec ask et answers</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>needs the question, e.g. ask = "Where did you feel it?"</source>
            <translation>il faut la question, p. ex. ask = "Où l'as-tu senti ?"</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must give as many answers as `answers` ({count})</source>
            <translation>doit donner autant de réponses que `answers` ({count})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a table of 2 to {limit} answers, each with what it means</source>
            <translation>doit être une table de 2 à {limit} réponses, chacune avec sa signification</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>an answer must be 1 to {limit} characters</source>
            <translation>une réponse doit faire de 1 à {limit} caractères</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>the session would have about {phases} phases; at most {limit} are allowed (fewer rounds, sets or moves)</source>
            <translation>la séance aurait environ {phases} phases ; au plus {limit} sont permises (moins de tours, de séries ou d'exercices)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>not valid TOML: {error}; for a translation, put the whole key in quotes: write "{key}" = "…"</source>
            <translation>TOML non valide : {error} ; pour une traduction, mets toute la clé entre guillemets : écris "{key}" = "…"</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>not usable: a dotted key has more than {limit} parts</source>
            <translation>inutilisable : une clé pointée a plus de {limit} parties</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>not usable: arrays or tables are nested too deeply</source>
            <translation>inutilisable : tableaux ou tables imbriqués trop profondément</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>not valid TOML: a number has far too many digits</source>
            <translation>TOML non valide : un nombre a beaucoup trop de chiffres</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>not UTF-8 text (byte 0x{byte:02x}); save the file as UTF-8</source>
            <translation>pas du texte UTF-8 (octet 0x{byte:02x}) ; enregistre le fichier en UTF-8</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>no such file</source>
            <translation>fichier introuvable</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>cannot be read: {reason}</source>
            <translation>ne peut pas être lu : {reason}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>is not a usable file name</source>
            <translation>n'est pas un nom de fichier utilisable</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>is a folder, not a session file</source>
            <translation>est un dossier, pas un fichier de séance</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>is not a regular file</source>
            <translation>n'est pas un fichier ordinaire</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>is too large for a session ({size:,} bytes, at most {limit:,})</source>
            <translation>est trop gros pour une séance ({size:,} octets, au plus {limit:,})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>is too large for a session</source>
            <translation>est trop gros pour une séance</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>is empty; a session needs a name and moves</source>
            <translation>est vide ; une séance a besoin d'un nom et d'exercices</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/session.py" />
            <source>this session fits at most %n round(s)</source>
            <translation>
                <numerusform>cette séance permet au plus %n tour</numerusform>
                <numerusform>cette séance permet au plus %n tours</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>fewer sets or moves</source>
            <translation>moins de séries ou d'exercices</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/session.py" />
            <source>with %n round(s) the session would have about {phases} phases; at most {limit} are allowed ({hint})</source>
            <translation>
                <numerusform>avec %n tour, la séance aurait environ {phases} phases ; au plus {limit} sont permises ({hint})</numerusform>
                <numerusform>avec %n tours, la séance aurait environ {phases} phases ; au plus {limit} sont permises ({hint})</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>{move}: one set would take {seconds} s, longer than its interval (every = {every}); use fewer reps or a smaller scale</source>
            <translation>{move} : une série prendrait {seconds} s, plus que son intervalle (every = {every}) ; fais moins de répétitions ou choisis une échelle plus petite</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be a whole number from {low} to {high}</source>
            <translation>doit être un nombre entier de {low} à {high}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/session.py" />
            <source>must be from {low} to {high}, got {value}</source>
            <translation>doit être entre {low} et {high}, et non {value}</translation>
        </message>
    </context>
    <context>
        <name>start_view</name>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>, your pace</source>
            <translation>, à ton rythme</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/start_view.py" />
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n répétition</numerusform>
                <numerusform>%n répétitions</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>hold</source>
            <translation>maintien</translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>work</source>
            <translation>effort</translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>{seconds:g} s work</source>
            <translation>{seconds:g} s d'effort</translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>hold {seconds:g} s</source>
            <translation>maintien {seconds:g} s</translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source> each side</source>
            <translation> de chaque côté</translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source> each side, alternating</source>
            <translation> de chaque côté, en alternance</translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>, left side</source>
            <translation>, côté gauche</translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>, right side</source>
            <translation>, côté droit</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/start_view.py" />
            <source>%n round(s)</source>
            <translation>
                <numerusform>%n tour</numerusform>
                <numerusform>%n tours</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>Total {time} (estimated)</source>
            <translation>Total {time} (estimé)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>Total {time}</source>
            <translation>Total {time}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>  (your copy)</source>
            <translation>  (ta copie)</translation>
        </message>
        <message>
            <location filename="../../hiptimer/start_view.py" />
            <source>  — has problems</source>
            <translation>  — a des problèmes</translation>
        </message>
    </context>
    <context>
        <name>store</name>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file}: cannot be read: {reason}</source>
            <translation>{file} : illisible : {reason}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file}: cannot be edited: tomlkit cannot read this TOML</source>
            <translation>{file} : modification impossible : tomlkit ne sait pas lire ce TOML</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>the disk is full</source>
            <translation>le disque est plein</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>your disk quota is used up</source>
            <translation>ton quota de disque est épuisé</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>permission denied</source>
            <translation>permission refusée</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>the disk is read-only</source>
            <translation>le disque est en lecture seule</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: {what}. Your file was not changed.</source>
            <translation>{file} n'a pas été enregistré : {what}. Ton fichier n'a pas été modifié.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: {what} ({reason}). Your file was not changed.</source>
            <translation>{file} n'a pas été enregistré : {what} ({reason}). Ton fichier n'a pas été modifié.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: {path} is a folder, not a file. Nothing was changed.</source>
            <translation>{file} n'a pas été enregistré : {path} est un dossier, pas un fichier. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: another program is saving {file} right now; try again in a moment. Your file was not changed.</source>
            <translation>{file} n'a pas été enregistré : un autre programme enregistre {file} en ce moment ; réessaie dans un instant. Ton fichier n'a pas été modifié.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>cannot write in {folder}</source>
            <translation>impossible d'écrire dans {folder}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>cannot lock it for saving</source>
            <translation>impossible de le verrouiller pour l'enregistrer</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: {path} is not a regular file. Nothing was changed.</source>
            <translation>{file} n'a pas été enregistré : {path} n'est pas un fichier ordinaire. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: {path} is far too large to be a session; it was left alone. Nothing was changed.</source>
            <translation>{file} n'a pas été enregistré : {path} est bien trop gros pour être une séance ; il n'a pas été touché. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: {path} is far too large to be a session. Nothing was changed.</source>
            <translation>{file} n'a pas été enregistré : {path} est bien trop gros pour être une séance. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>cannot read it to check that it did not change</source>
            <translation>impossible de le lire pour vérifier qu'il n'a pas changé</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} already exists in {folder}; it was not overwritten. Save as another file, or open that one to change it.</source>
            <translation>{file} existe déjà dans {folder} ; il n'a pas été écrasé. Enregistre sous un autre nom, ou ouvre ce fichier pour le modifier.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} changed on disk since you opened it; it was not overwritten. Save as another file or reload it.</source>
            <translation>{file} a changé sur le disque depuis que tu l'as ouvert ; il n'a pas été écrasé. Enregistre sous un autre nom ou recharge-le.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>could not keep a backup of the previous version</source>
            <translation>impossible de garder une sauvegarde de la version précédente</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>writing failed</source>
            <translation>l'écriture a échoué</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>could not replace the file</source>
            <translation>impossible de remplacer le fichier</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: writing failed ({reason}) and the file may now be incomplete. The previous version is kept in {backup}.</source>
            <translation>{file} n'a pas été enregistré : l'écriture a échoué ({reason}) et le fichier est peut-être incomplet. La version précédente est gardée dans {backup}.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>cannot open it for writing</source>
            <translation>impossible de l'ouvrir en écriture</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: it is not a usable file name. Nothing was changed.</source>
            <translation>{file} n'a pas été enregistré : ce n'est pas un nom de fichier utilisable. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} is built into hiptimer and is never changed; save a copy.</source>
            <translation>{file} est intégré à hiptimer et n'est jamais modifié ; enregistre une copie.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: the session could not be written as TOML ({error}). Your file was not changed.</source>
            <translation>{file} n'a pas été enregistré : la séance n'a pas pu être écrite en TOML ({error}). Ton fichier n'a pas été modifié.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: the session has %n problem(s):</source>
            <translation>
                <numerusform>{file} n'a pas été enregistré : la séance a %n problème :</numerusform>
                <numerusform>{file} n'a pas été enregistré : la séance a %n problèmes :</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: it would be too large to open again.</source>
            <translation>{file} n'a pas été enregistré : il serait trop gros pour être rouvert.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>cannot create {folder}</source>
            <translation>impossible de créer {folder}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/store.py" />
            <source>{file} is read-only; it was not changed. Save as another file, or make it writable first.</source>
            <translation>{file} est en lecture seule ; il n'a pas été modifié. Enregistre sous un autre nom, ou rends-le modifiable d'abord.</translation>
        </message>
    </context>
    <context>
        <name>views</name>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Round {round} of {rounds} next</source>
            <translation>Ensuite : tour {round} sur {rounds}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Next: {move}</source>
            <translation>Ensuite : {move}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Next: {move} — {side}</source>
            <translation>Ensuite : {move} — {side}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>set {set} of {sets}</source>
            <translation>série {set} sur {sets}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Round {round} of {rounds}</source>
            <translation>Tour {round} sur {rounds}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Next up: {move} — {what}</source>
            <translation>À suivre : {move} — {what}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Last one — then go run!</source>
            <translation>Dernier exercice — puis va courir !</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Last one</source>
            <translation>Dernier exercice</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Set {set} of {sets}</source>
            <translation>Série {set} sur {sets}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>{leg} · {time} left</source>
            <translation>{leg} · encore {time}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>{time} left</source>
            <translation>encore {time}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>reps each leg, alternating · Space when done · {time}</source>
            <translation>répétitions par jambe, en alternance · Espace à la fin · {time}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>reps · Space when done · {time}</source>
            <translation>répétitions · Espace à la fin · {time}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>hold · Space when done</source>
            <translation>maintien · Espace à la fin</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>work · Space when done</source>
            <translation>effort · Espace à la fin</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>hold</source>
            <translation>maintien</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>work</source>
            <translation>effort</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>{seconds} s over the interval — straight on</source>
            <translation>{seconds} s au-delà de l'intervalle — on enchaîne</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Time: {time}</source>
            <translation>Temps : {time}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>{phase}, round {round} of {rounds}</source>
            <translation>{phase}, tour {round} sur {rounds}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>This week: {done} of {goal} ({skipped} skipped)</source>
            <translation>Cette semaine : {done} sur {goal} (sautées : {skipped})</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>This week: {done} of {goal}</source>
            <translation>Cette semaine : {done} sur {goal}</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source> — goal met</source>
            <translation> — objectif atteint</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/views.py" />
            <source> · streak: %n week(s)</source>
            <translation>
                <numerusform> · %n semaine d'affilée</numerusform>
                <numerusform> · %n semaines d'affilée</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Weekly goal met — nice work.</source>
            <translation>Objectif de la semaine atteint — bien joué.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/views.py" />
            <source>%n more this week to reach your goal of {goal}.</source>
            <translation>
                <numerusform>Encore %n cette semaine pour atteindre ton objectif de {goal}.</numerusform>
                <numerusform>Encore %n cette semaine pour atteindre ton objectif de {goal}.</numerusform>
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
            <translation>Comptée pour ta semaine.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/views.py" />
            <source>Not counted: {share} % of the work was skipped.</source>
            <translation>Pas comptée : {share} % de l'effort a été sauté.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/views.py" />
            <source>%n work phase(s)</source>
            <translation>
                <numerusform>%n phase d'effort</numerusform>
                <numerusform>%n phases d'effort</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/views.py" />
            <source>Not counted: %n of {phases} were skipped.</source>
            <translation>
                <numerusform>Pas comptée : %n sur {phases} a été sautée.</numerusform>
                <numerusform>Pas comptée : %n sur {phases} ont été sautées.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>voice</name>
        <message>
            <location filename="../../hiptimer/voice.py" />
            <source>Install espeak-ng for spoken prompts</source>
            <translation>Installe espeak-ng pour les annonces vocales</translation>
        </message>
        <message>
            <location filename="../../hiptimer/voice.py" />
            <source>The Piper voice {name} does not work ({detail}); the prompts are spoken by espeak-ng.</source>
            <translation>La voix Piper {name} ne fonctionne pas ({detail}) ; les annonces sont dites par espeak-ng.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/voice.py" />
            <source>The Piper voice {name} does not work ({detail}); the prompts are spoken by the system's voice.</source>
            <translation>La voix Piper {name} ne fonctionne pas ({detail}) ; les annonces sont dites par la voix du système.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/voice.py" />
            <source>The Piper voice {name} does not work ({detail}); tones only.</source>
            <translation>La voix Piper {name} ne fonctionne pas ({detail}) ; sons seulement.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/voice.py" />
            <source>The system's voice does not work ({detail}); tones only.</source>
            <translation>La voix du système ne fonctionne pas ({detail}) ; sons seulement.</translation>
        </message>
        <message>
            <location filename="../../hiptimer/voice.py" />
            <source>Piper is not installed</source>
            <translation>Piper n'est pas installé</translation>
        </message>
        <message>
            <location filename="../../hiptimer/voice.py" />
            <source>it wrote no usable WAV</source>
            <translation>il n'a écrit aucun WAV utilisable</translation>
        </message>
    </context>
    <context>
        <name>voice_system</name>
        <message>
            <location filename="../../hiptimer/voice_system.py" />
            <source>no answer after {seconds:.0f} s</source>
            <translation>pas de réponse après {seconds:.0f} s</translation>
        </message>
        <message>
            <location filename="../../hiptimer/voice_system.py" />
            <source>exit status {status}</source>
            <translation>code de sortie {status}</translation>
        </message>
    </context>
</TS>
