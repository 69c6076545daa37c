<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>cli</name>
        <message numerus="yes">
            <location filename="../../hiptimer/cli.py" />
            <source>%n rep(s), self-paced</source>
            <translation>
                <numerusform>%n rep, self-paced</numerusform>
                <numerusform>%n reps, self-paced</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/cli.py" />
            <source>%n round(s)</source>
            <translation>
                <numerusform>%n round</numerusform>
                <numerusform>%n rounds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/cli.py" />
            <source>%n work phase(s)</source>
            <translation>
                <numerusform>%n work phase</numerusform>
                <numerusform>%n work phases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/cli.py" />
            <source>%n move(s)</source>
            <translation>
                <numerusform>%n move</numerusform>
                <numerusform>%n moves</numerusform>
            </translation>
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
                <numerusform>%n second</numerusform>
                <numerusform>%n seconds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/cues.py" />
            <source>%n rep(s) each side</source>
            <translation>
                <numerusform>%n rep each side</numerusform>
                <numerusform>%n reps each side</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/cues.py" />
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n rep</numerusform>
                <numerusform>%n reps</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>editing</name>
        <message numerus="yes">
            <location filename="../../hiptimer/editing.py" />
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n rep</numerusform>
                <numerusform>%n reps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/editing.py" />
            <source>{problem} (and %n more)</source>
            <translation>
                <numerusform>{problem} (and %n more)</numerusform>
                <numerusform>{problem} (and %n more)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/editing.py" />
            <source>⚠ %n problem(s) to fix before saving — {problem}</source>
            <translation>
                <numerusform>⚠ %n problem to fix before saving — {problem}</numerusform>
                <numerusform>⚠ %n problems to fix before saving — {problem}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>gui.dialogs</name>
        <message numerus="yes">
            <location filename="../../hiptimer/gui/dialogs.py" />
            <source>{file} could not be used (%n problem(s)).
{fallback}</source>
            <translation>
                <numerusform>{file} could not be used (%n problem).
{fallback}</numerusform>
                <numerusform>{file} could not be used (%n problems).
{fallback}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>gui.views.suggestions</name>
        <message numerus="yes">
            <location filename="../../hiptimer/gui/views/suggestions.py" />
            <source>{suggestion} (and %n more)</source>
            <translation>
                <numerusform>{suggestion} (and %n more)</numerusform>
                <numerusform>{suggestion} (and %n more)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>gui.views.week_chart</name>
        <message numerus="yes">
            <location filename="../../hiptimer/gui/views/week_chart.py" />
            <source>week of {date}: %n run(s) and {skipped} skipped</source>
            <translation>
                <numerusform>week of {date}: %n run and {skipped} skipped</numerusform>
                <numerusform>week of {date}: %n runs and {skipped} skipped</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/gui/views/week_chart.py" />
            <source>week of {date}: %n run(s)</source>
            <translation>
                <numerusform>week of {date}: %n run</numerusform>
                <numerusform>week of {date}: %n runs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/gui/views/week_chart.py" />
            <source>Goal: %n run(s) a week. Counted runs in recent weeks: {counts}</source>
            <translation>
                <numerusform>Goal: %n run a week. Counted runs in recent weeks: {counts}</numerusform>
                <numerusform>Goal: %n runs a week. Counted runs in recent weeks: {counts}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message numerus="yes">
            <location filename="../../hiptimer/history.py" />
            <source>%n run(s), {minutes} min</source>
            <translation>
                <numerusform>%n run, {minutes} min</numerusform>
                <numerusform>%n runs, {minutes} min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>progression</name>
        <message numerus="yes">
            <location filename="../../hiptimer/progression.py" />
            <source>last %n run(s) felt easy</source>
            <translation>
                <numerusform>last run felt easy</numerusform>
                <numerusform>last %n runs felt easy</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message numerus="yes">
            <location filename="../../hiptimer/session.py" />
            <source>this session fits at most %n round(s)</source>
            <translation>
                <numerusform>this session fits at most %n round</numerusform>
                <numerusform>this session fits at most %n rounds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/session.py" />
            <source>with %n round(s) the session would have about {phases} phases; at most {limit} are allowed ({hint})</source>
            <translation>
                <numerusform>with %n round the session would have about {phases} phases; at most {limit} are allowed ({hint})</numerusform>
                <numerusform>with %n rounds the session would have about {phases} phases; at most {limit} are allowed ({hint})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>start_view</name>
        <message numerus="yes">
            <location filename="../../hiptimer/start_view.py" />
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n rep</numerusform>
                <numerusform>%n reps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/start_view.py" />
            <source>%n round(s)</source>
            <translation>
                <numerusform>%n round</numerusform>
                <numerusform>%n rounds</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>store</name>
        <message numerus="yes">
            <location filename="../../hiptimer/store.py" />
            <source>{file} was not saved: the session has %n problem(s):</source>
            <translation>
                <numerusform>{file} was not saved: the session has %n problem:</numerusform>
                <numerusform>{file} was not saved: the session has %n problems:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>views</name>
        <message numerus="yes">
            <location filename="../../hiptimer/views.py" />
            <source> · streak: %n week(s)</source>
            <translation>
                <numerusform> · streak: %n week</numerusform>
                <numerusform> · streak: %n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/views.py" />
            <source>%n more this week to reach your goal of {goal}.</source>
            <translation>
                <numerusform>%n more this week to reach your goal of {goal}.</numerusform>
                <numerusform>%n more this week to reach your goal of {goal}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/views.py" />
            <source>%n work phase(s)</source>
            <translation>
                <numerusform>%n work phase</numerusform>
                <numerusform>%n work phases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hiptimer/views.py" />
            <source>Not counted: %n of {phases} were skipped.</source>
            <translation>
                <numerusform>Not counted: %n of {phases} was skipped.</numerusform>
                <numerusform>Not counted: %n of {phases} were skipped.</numerusform>
            </translation>
        </message>
    </context>
</TS>
