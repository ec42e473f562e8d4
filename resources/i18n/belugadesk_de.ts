<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app_name}</source>
        <translation>Über {app_name}</translation>
    </message>
    <message>
        <source>{app_name} icon</source>
        <translation>{app_name}-Symbol</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{app_name}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{app_name}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Name der Anwendung</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>Version der Anwendung</translation>
    </message>
    <message>
        <source>Conversations with AI assistants, on your desktop.</source>
        <translation>Unterhaltungen mit KI-Assistenten, auf Ihrem Desktop.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{homepage}&quot;&gt;{homepage}&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;{homepage}&quot;&gt;{homepage}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Open the project&apos;s homepage in your web browser</source>
        <translation>Die Website des Projekts im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>Released under the {license_name} licence.</source>
        <translation>Veröffentlicht unter der Lizenz {license_name}.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Component versions</source>
        <translation>Komponentenversionen</translation>
    </message>
    <message>
        <source>The versions of BelugaDesk and the software it uses</source>
        <translation>Die Versionen von BelugaDesk und der verwendeten Software</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>Versionen kopieren</translation>
    </message>
    <message>
        <source>Copy the versions to the clipboard, to paste into a bug report</source>
        <translation>Die Versionen in die Zwischenablage kopieren, um sie in einen Fehlerbericht einzufügen</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Status kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>Follow the &amp;system</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Petrol</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Violett</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Pink</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Graphite</source>
        <translation>Graphit</translation>
    </message>
    <message>
        <source>Accent colour: {colour}</source>
        <translation>Akzentfarbe: {colour}</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>{colour} accent</source>
        <translation>Akzent {colour}</translation>
    </message>
    <message>
        <source>Colour scheme: {scheme}</source>
        <translation>Farbschema: {scheme}</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>The size of text in the whole window, in points</source>
        <translation>Die Textgröße im ganzen Fenster, in Punkt</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the window&apos;s text; it changes when BelugaDesk starts again</source>
        <translation>Die Sprache der Fenstertexte; sie ändert sich beim nächsten Start von BelugaDesk</translation>
    </message>
    <message>
        <source>Takes effect after a restart.</source>
        <translation>Wirkt nach einem Neustart.</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <source>&amp;Font size</source>
        <translation>&amp;Schriftgröße</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The network client could not be loaded.</source>
        <extracomment>asks what to do with a database that cannot be used (tests may replace it)</extracomment>
        <translation>Der Netzwerk-Client konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>The keyring could not be opened.</source>
        <translation>Der Schlüsselbund konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The message renderer could not be loaded.</source>
        <translation>Die Nachrichtendarstellung konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>The backup chosen in Settings → Data was not restored. {reason}</source>
        <translation>Die unter Einstellungen → Daten gewählte Sicherung wurde nicht wiederhergestellt. {reason}</translation>
    </message>
    <message>
        <source>The daily backup was not made.</source>
        <translation>Die tägliche Sicherung wurde nicht erstellt.</translation>
    </message>
</context>
<context>
    <name>AssistantDelegate</name>
    <message>
        <source>Code interpreter</source>
        <translation>Code-Interpreter</translation>
    </message>
    <message>
        <source>File search</source>
        <translation>Dateisuche</translation>
    </message>
</context>
<context>
    <name>AssistantDialogs</name>
    <message>
        <source>BelugaDesk assistant (*.json);;All files (*)</source>
        <translation>BelugaDesk-Assistent (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Delete assistant?</source>
        <translation>Assistent löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete assistant</source>
        <translation>Assistent löschen</translation>
    </message>
    <message>
        <source>Export assistant</source>
        <translation>Assistent exportieren</translation>
    </message>
    <message>
        <source>Import assistant</source>
        <translation>Assistent importieren</translation>
    </message>
</context>
<context>
    <name>AssistantFormDialog</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>JSON-Objekt</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>JSON-Schema</translation>
    </message>
    <message>
        <source>&amp;Advanced: sampling, reasoning, response format, metadata</source>
        <translation>&amp;Erweitert: Sampling, Reasoning, Antwortformat, Metadaten</translation>
    </message>
    <message>
        <source>Temperature, Top P, stop sequences, seed and reasoning effort, a JSON response format, and metadata key–value pairs</source>
        <translation>Temperatur, Top P, Stoppsequenzen, Seed und Reasoning-Aufwand, ein JSON-Antwortformat und Metadaten als Schlüssel-Wert-Paare</translation>
    </message>
    <message>
        <source>Save assistant</source>
        <translation>Assistent speichern</translation>
    </message>
    <message>
        <source>Save the assistant (Ctrl+S)</source>
        <translation>Den Assistenten speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Form status</source>
        <translation>Formularstatus</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Required, up to {name_max} characters</source>
        <translation>Pflichtfeld, bis zu {name_max} Zeichen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Optional, up to {description_max} characters</source>
        <translation>Optional, bis zu {description_max} Zeichen</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Conversation starters</source>
        <translation>Gesprächseinstiege</translation>
    </message>
    <message>
        <source>Optional: up to {starters_max} suggested first messages, one per line, shown in an empty chat</source>
        <translation>Optional: bis zu {starters_max} vorgeschlagene erste Nachrichten, eine pro Zeile, angezeigt in einem leeren Chat</translation>
    </message>
    <message>
        <source>One suggested first message per line</source>
        <translation>Eine vorgeschlagene erste Nachricht pro Zeile</translation>
    </message>
    <message>
        <source>Con&amp;versation starters</source>
        <translation>Gesprächs&amp;einstiege</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Choose a model from the server&apos;s list, or type any model name</source>
        <translation>Ein Modell aus der Liste des Servers wählen oder einen beliebigen Modellnamen eingeben</translation>
    </message>
    <message>
        <source>Model list status</source>
        <translation>Status der Modellliste</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>The system instructions the assistant follows (up to 256,000 characters)</source>
        <translation>Die Systemanweisungen, denen der Assistent folgt (bis zu 256.000 Zeichen)</translation>
    </message>
    <message>
        <source>&amp;Instructions</source>
        <translation>&amp;Anweisungen</translation>
    </message>
    <message>
        <source>Monospace</source>
        <translation>Festbreitenschrift</translation>
    </message>
    <message>
        <source>Show instructions in a monospace font</source>
        <translation>Anweisungen in Festbreitenschrift anzeigen</translation>
    </message>
    <message>
        <source>Show the instructions in a fixed-width font</source>
        <translation>Die Anweisungen in einer Schrift mit fester Breite anzeigen</translation>
    </message>
    <message>
        <source>Instructions character count</source>
        <translation>Zeichenzahl der Anweisungen</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Die Temperatur</translation>
    </message>
    <message>
        <source>0–2: higher is more varied, lower more focused</source>
        <translation>0–2: höher ist abwechslungsreicher, niedriger fokussierter</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>&amp;Temperatur</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>0–1: sample only from the most likely tokens</source>
        <translation>0–1: nur aus den wahrscheinlichsten Tokens wählen</translation>
    </message>
    <message>
        <source>Top &amp;P</source>
        <translation>Top &amp;P</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>Stoppsequenzen</translation>
    </message>
    <message>
        <source>Up to 4 texts that end the reply, one a line (write \n for a new line, \t for a tab)</source>
        <translation>Bis zu 4 Texte, die die Antwort beenden, einer pro Zeile (\n für eine neue Zeile, \t für einen Tabulator)</translation>
    </message>
    <message>
        <source>One a line, e.g. \n\nUser:</source>
        <translation>Eine pro Zeile, z. B. \n\nUser:</translation>
    </message>
    <message>
        <source>Stop se&amp;quences</source>
        <translation>Stopp&amp;sequenzen</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>A whole number: the same seed and request give the same reply where it can</source>
        <translation>Eine ganze Zahl: gleicher Seed und gleiche Anfrage ergeben, wo möglich, dieselbe Antwort</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>S&amp;eed</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>Modellstandard</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>Reasoning-Aufwand</translation>
    </message>
    <message>
        <source>How much a reasoning model (o-series, gpt-5) thinks before it answers; other models refuse it</source>
        <translation>Wie viel ein Reasoning-Modell (o-Serie, gpt-5) vor der Antwort nachdenkt; andere Modelle lehnen dies ab</translation>
    </message>
    <message>
        <source>&amp;Reasoning effort</source>
        <translation>&amp;Reasoning-Aufwand</translation>
    </message>
    <message>
        <source>Response format</source>
        <translation>Antwortformat</translation>
    </message>
    <message>
        <source>Plain text, any JSON object, or JSON that matches a schema</source>
        <translation>Reiner Text, ein beliebiges JSON-Objekt oder JSON, das einem Schema entspricht</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Schema name</source>
        <translation>Schemaname</translation>
    </message>
    <message>
        <source>1–64 letters, digits, underscores or hyphens</source>
        <translation>1–64 Buchstaben, Ziffern, Unterstriche oder Bindestriche</translation>
    </message>
    <message>
        <source>Strict (the reply always matches the schema)</source>
        <translation>Strikt (die Antwort entspricht immer dem Schema)</translation>
    </message>
    <message>
        <source>Schema strict mode</source>
        <translation>Strikter Modus des Schemas</translation>
    </message>
    <message>
        <source>Strict mode needs every property required and additionalProperties false</source>
        <translation>Der strikte Modus verlangt, dass jede Eigenschaft erforderlich ist und additionalProperties false ist</translation>
    </message>
    <message>
        <source>Response schema</source>
        <translation>Antwortschema</translation>
    </message>
    <message>
        <source>Sc&amp;hema</source>
        <translation>Sc&amp;hema</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Code interpreter</source>
        <translation>Code-Interpreter</translation>
    </message>
    <message>
        <source>Let the assistant write and run Python code</source>
        <translation>Den Assistenten Python-Code schreiben und ausführen lassen</translation>
    </message>
    <message>
        <source>F&amp;unctions the assistant may call</source>
        <translation>F&amp;unktionen, die der Assistent aufrufen darf</translation>
    </message>
    <message>
        <source>Why {key} is unavailable</source>
        <translation>Warum {key} nicht verfügbar ist</translation>
    </message>
    <message>
        <source>Loading models…</source>
        <translation>Modelle werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) available; any other name can be typed.</source>
        <translation>
            <numerusform>%n Modell verfügbar; jeder andere Name kann eingegeben werden.</numerusform>
            <numerusform>%n Modelle verfügbar; jeder andere Name kann eingegeben werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>To save: {first_error}</source>
        <translation>Zum Speichern: {first_error}</translation>
    </message>
</context>
<context>
    <name>AssistantFormViewModel</name>
    <message>
        <source>New assistant</source>
        <translation>Neuer Assistent</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>„{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} Zeichen</translation>
    </message>
    <message>
        <source>The schema is valid.</source>
        <translation>Das Schema ist gültig.</translation>
    </message>
    <message>
        <source>Could not load the model list: {error} You can still type a model name.</source>
        <translation>Die Modellliste konnte nicht geladen werden: {error} Sie können trotzdem einen Modellnamen eingeben.</translation>
    </message>
    <message>
        <source>Could not save the assistant.</source>
        <translation>Der Assistent konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved on this computer, but the assistant could not be created on the server: {error}</source>
        <translation>Auf diesem Computer gespeichert, aber der Assistent konnte auf dem Server nicht erstellt werden: {error}</translation>
    </message>
    <message>
        <source>Saved on this computer, but the assistant could not be updated on the server: {error}</source>
        <translation>Auf diesem Computer gespeichert, aber der Assistent konnte auf dem Server nicht aktualisiert werden: {error}</translation>
    </message>
</context>
<context>
    <name>AssistantListModel</name>
    <message>
        <source>code interpreter</source>
        <translation>Code-Interpreter</translation>
    </message>
    <message>
        <source>file search</source>
        <translation>Dateisuche</translation>
    </message>
    <message numerus="yes">
        <source>%n function(s)</source>
        <translation>
            <numerusform>%n Funktion</numerusform>
            <numerusform>%n Funktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>no tools</source>
        <translation>keine Werkzeuge</translation>
    </message>
    <message>
        <source>Tools: {tools}</source>
        <translation>Werkzeuge: {tools}</translation>
    </message>
</context>
<context>
    <name>AssistantListPane</name>
    <message>
        <source>&amp;Assistants</source>
        <translation>&amp;Assistenten</translation>
    </message>
    <message>
        <source>Search assistants</source>
        <translation>Assistenten suchen</translation>
    </message>
    <message>
        <source>Filter by name, description or model</source>
        <translation>Nach Name, Beschreibung oder Modell filtern</translation>
    </message>
    <message>
        <source>Sort assistants by</source>
        <translation>Assistenten sortieren nach</translation>
    </message>
    <message>
        <source>Sort by name or by when the assistant was last used</source>
        <translation>Nach Name oder letzter Verwendung sortieren</translation>
    </message>
    <message>
        <source>Assistants</source>
        <translation>Assistenten</translation>
    </message>
    <message>
        <source>Assistant library status</source>
        <translation>Status der Assistenten-Bibliothek</translation>
    </message>
    <message>
        <source>&amp;New assistant…</source>
        <translation>&amp;Neuer Assistent…</translation>
    </message>
    <message>
        <source>Create an assistant</source>
        <translation>Einen Assistenten erstellen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected assistant</source>
        <translation>Den gewählten Assistenten bearbeiten</translation>
    </message>
    <message>
        <source>New &amp;thread with this assistant</source>
        <translation>Neuer &amp;Thread mit diesem Assistenten</translation>
    </message>
    <message>
        <source>Start a new thread with it</source>
        <translation>Einen neuen Thread damit beginnen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Copy it</source>
        <translation>Eine Kopie anlegen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the assistant</source>
        <translation>Den Assistenten löschen</translation>
    </message>
    <message>
        <source>E&amp;xport as JSON…</source>
        <translation>Als JSON e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save it as a JSON file</source>
        <translation>Als JSON-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>Aus JSON &amp;importieren…</translation>
    </message>
    <message>
        <source>Add one from a file</source>
        <translation>Einen aus einer Datei hinzufügen</translation>
    </message>
    <message>
        <source>Import from &amp;server…</source>
        <translation>Vom &amp;Server importieren…</translation>
    </message>
    <message>
        <source>Import assistants defined on the server</source>
        <translation>Auf dem Server definierte Assistenten importieren</translation>
    </message>
</context>
<context>
    <name>AssistantListViewModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>The assistant&apos;s last use could not be saved.</source>
        <translation>Die letzte Verwendung des Assistenten konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved “{name}” (version {version}).</source>
        <translation>„{name}“ gespeichert (Version {version}).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n assistant(s) from the server.</source>
        <translation>
            <numerusform>%n Assistent vom Server importiert.</numerusform>
            <numerusform>%n Assistenten vom Server importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” was not deleted.</source>
        <translation>„{name}“ wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>Created “{name}”.</source>
        <translation>„{name}“ erstellt.</translation>
    </message>
    <message>
        <source>No thread uses it.</source>
        <translation>Kein Thread verwendet ihn.</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s) use it; they keep their messages.</source>
        <translation>
            <numerusform>%n Thread verwendet ihn; er behält seine Nachrichten.</numerusform>
            <numerusform>%n Threads verwenden ihn; sie behalten ihre Nachrichten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the assistant “{name}”?</source>
        <translation>Den Assistenten „{name}“ löschen?</translation>
    </message>
    <message>
        <source>the assistant</source>
        <translation>den Assistenten</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>„{name}“ gelöscht.</translation>
    </message>
    <message>
        <source>Exported “{name}” to {file}.</source>
        <translation>„{name}“ nach {file} exportiert.</translation>
    </message>
    <message>
        <source>{name} cannot be imported: {key}: {message}</source>
        <translation>{name} kann nicht importiert werden: {key}: {message}</translation>
    </message>
    <message>
        <source>Imported “{name}”.</source>
        <translation>„{name}“ importiert.</translation>
    </message>
</context>
<context>
    <name>AssistantPicker</name>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>The assistant of new chats</source>
        <translation>Der Assistent neuer Chats</translation>
    </message>
    <message>
        <source>Assistant &amp;library</source>
        <translation>Assistenten-&amp;Bibliothek</translation>
    </message>
    <message>
        <source>Show every assistant with search, sorting and tool badges</source>
        <translation>Alle Assistenten mit Suche, Sortierung und Werkzeugmarken anzeigen</translation>
    </message>
    <message>
        <source>Assistant actions</source>
        <translation>Assistenten-Aktionen</translation>
    </message>
    <message>
        <source>New, edit, duplicate, delete, export and import assistants</source>
        <translation>Assistenten anlegen, bearbeiten, duplizieren, löschen, exportieren und importieren</translation>
    </message>
</context>
<context>
    <name>AssistantValidation</name>
    <message>
        <source>At most {limit} stop sequences are allowed (one a line); there are {count}.</source>
        <extracomment>turns a marked English sentence into the person&apos;s language (the view-model passes Qt&apos;s; English here)</extracomment>
        <translation>Höchstens {limit} Stoppsequenzen sind erlaubt (eine pro Zeile); es sind {count}.</translation>
    </message>
    <message>
        <source>The seed must be a whole number (64-bit), or empty for none.</source>
        <translation>Der Seed muss eine ganze Zahl (64 Bit) sein oder leer bleiben.</translation>
    </message>
    <message>
        <source>At most {limit} conversation starters are shown; there are {count}.</source>
        <translation>Höchstens {limit} Gesprächseinstiege werden angezeigt; es sind {count}.</translation>
    </message>
    <message>
        <source>Starter {number} is longer than {limit} characters; keep each to one short request.</source>
        <translation>Einstieg {number} ist länger als {limit} Zeichen; halten Sie jeden bei einer kurzen Bitte.</translation>
    </message>
    <message>
        <source>{label} must be between {low} and {high} (or unset to use the model&apos;s default).</source>
        <translation>{label} muss zwischen {low} und {high} liegen (oder leer bleiben, damit der Standardwert des Modells gilt).</translation>
    </message>
    <message>
        <source>{label} is {length} characters long; the limit is {limit}.</source>
        <translation>{label} ist {length} Zeichen lang; die Grenze liegt bei {limit}.</translation>
    </message>
    <message>
        <source>At most {limit} metadata pairs are allowed (BelugaDesk keeps two for itself on this profile); there are {count}.</source>
        <translation>Höchstens {limit} Metadatenpaare sind erlaubt (BelugaDesk behält bei diesem Profil zwei für sich); es sind {count}.</translation>
    </message>
    <message>
        <source>At most {limit} metadata pairs are allowed; there are {count}.</source>
        <translation>Höchstens {limit} Metadatenpaare sind erlaubt; es sind {count}.</translation>
    </message>
    <message>
        <source>Row {row}: enter a key (or remove the row).</source>
        <translation>Zeile {row}: Geben Sie einen Schlüssel ein (oder entfernen Sie die Zeile).</translation>
    </message>
    <message>
        <source>Row {row}: the key “{key}” is reserved for BelugaDesk.</source>
        <translation>Zeile {row}: Der Schlüssel „{key}“ ist für BelugaDesk reserviert.</translation>
    </message>
    <message>
        <source>Row {row}: the key is {length} characters; the limit is {limit}.</source>
        <translation>Zeile {row}: Der Schlüssel hat {length} Zeichen; die Grenze liegt bei {limit}.</translation>
    </message>
    <message>
        <source>Row {row}: the value is {length} characters; the limit is {limit}.</source>
        <translation>Zeile {row}: Der Wert hat {length} Zeichen; die Grenze liegt bei {limit}.</translation>
    </message>
    <message>
        <source>Row {row}: the key “{key}” is used twice.</source>
        <translation>Zeile {row}: Der Schlüssel „{key}“ kommt doppelt vor.</translation>
    </message>
    <message>
        <source>Use 1–64 letters, digits, underscores or hyphens.</source>
        <translation>Verwenden Sie 1–64 Buchstaben, Ziffern, Unterstriche oder Bindestriche.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>Another function is already called “{name}”.</source>
        <translation>Eine andere Funktion heißt bereits „{name}“.</translation>
    </message>
    <message>
        <source>Fix function {which}.</source>
        <translation>Korrigieren Sie Funktion {which}.</translation>
    </message>
    <message>
        <source>Fix functions {which}.</source>
        <translation>Korrigieren Sie die Funktionen {which}.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Der Name</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>Die Beschreibung</translation>
    </message>
    <message>
        <source>The instructions</source>
        <translation>Die Anweisungen</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Die Temperatur</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>Choose or type a model.</source>
        <translation>Wählen Sie ein Modell oder geben Sie eines ein.</translation>
    </message>
    <message>
        <source>Name the schema with 1–64 letters, digits, underscores or hyphens.</source>
        <translation>Benennen Sie das Schema mit 1–64 Buchstaben, Ziffern, Unterstrichen oder Bindestrichen.</translation>
    </message>
</context>
<context>
    <name>AsyncKeys</name>
    <message>
        <source>From the OPENAI_API_KEY environment variable</source>
        <translation>Aus der Umgebungsvariable OPENAI_API_KEY</translation>
    </message>
    <message>
        <source>Kept for this session only (not saved)</source>
        <translation>Nur für diese Sitzung aufbewahrt (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Stored in {keyring}</source>
        <translation>Gespeichert in {keyring}</translation>
    </message>
</context>
<context>
    <name>AttachmentListModel</name>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <source>Upload state of {name}</source>
        <translation>Upload-Status von {name}</translation>
    </message>
    <message>
        <source>Uploading {name}</source>
        <translation>{name} wird hochgeladen</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Wird hochgeladen…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>Fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Retry uploading {name}</source>
        <translation>{name} erneut hochladen</translation>
    </message>
    <message>
        <source>Upload this file again</source>
        <translation>Diese Datei erneut hochladen</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} entfernen</translation>
    </message>
    <message>
        <source>Remove {name} from the message</source>
        <translation>{name} aus der Nachricht entfernen</translation>
    </message>
    <message>
        <source>Use {name} with</source>
        <translation>{name} verwenden mit</translation>
    </message>
    <message>
        <source>An image in the message is seen by the model; file search reads the file to answer; the code interpreter can run code on it</source>
        <translation>Ein Bild in der Nachricht sieht das Modell; die Dateisuche liest die Datei, um zu antworten; der Code-Interpreter kann Code darauf ausführen</translation>
    </message>
</context>
<context>
    <name>AttachmentsBar</name>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
</context>
<context>
    <name>BehaviourPage</name>
    <message>
        <source>Sending messages</source>
        <translation>Senden von Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Enter sends, Shift+Enter starts a new line</source>
        <translation>&amp;Eingabe sendet, Umschalt+Eingabe beginnt eine neue Zeile</translation>
    </message>
    <message>
        <source>Enter sends</source>
        <translation>Eingabe sendet</translation>
    </message>
    <message>
        <source>&amp;Ctrl+Enter sends, Enter starts a new line</source>
        <translation>&amp;Strg+Eingabe sendet, Eingabe beginnt eine neue Zeile</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends</source>
        <translation>Strg+Eingabe sendet</translation>
    </message>
</context>
<context>
    <name>BranchBar</name>
    <message>
        <source>Branched from</source>
        <translation>Abgezweigt von</translation>
    </message>
    <message>
        <source>Branches of this thread</source>
        <translation>Zweige dieses Threads</translation>
    </message>
</context>
<context>
    <name>BranchLinksViewModel</name>
    <message>
        <source>Branched from a thread that has been deleted</source>
        <translation>Abgezweigt von einem gelöschten Thread</translation>
    </message>
    <message>
        <source>Branched from “{title}”</source>
        <translation>Abgezweigt von „{title}“</translation>
    </message>
    <message numerus="yes">
        <source>Branches (%n):</source>
        <translation>
            <numerusform>Zweig (%n):</numerusform>
            <numerusform>Zweige (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>The branches of this thread could not be read.</source>
        <translation>Die Zweige dieses Threads konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Branching</name>
    <message>
        <source>{title} (branch)</source>
        <translation>{title} (Zweig)</translation>
    </message>
    <message>
        <source>The branch shows the whole history, but this API could not copy {items} into the new thread, so the assistant will not see them there.</source>
        <translation>Der Zweig zeigt den gesamten Verlauf, aber diese API konnte {items} nicht in den neuen Thread kopieren; der Assistent sieht sie dort daher nicht.</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <source>Add model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <source>Add a context budget</source>
        <translation>Kontextbudget hinzufügen</translation>
    </message>
    <message>
        <source>Add a row and start typing the model&apos;s name</source>
        <translation>Eine Zeile hinzufügen und den Namen des Modells eingeben</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the context budget</source>
        <translation>Das Kontextbudget entfernen</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Die gewählte Zeile entfernen</translation>
    </message>
</context>
<context>
    <name>ChatActions</name>
    <message>
        <source>That file lives in the code interpreter&apos;s sandbox; right-click the image to save it.</source>
        <translation>Diese Datei liegt in der Sandbox des Code-Interpreters; klicken Sie mit der rechten Maustaste auf das Bild, um es zu speichern.</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Die Antwort anhalten</translation>
    </message>
    <message>
        <source>Regenerate the last reply</source>
        <translation>Letzte Antwort neu erzeugen</translation>
    </message>
    <message>
        <source>Ask again for the last reply. On the Responses API the server&apos;s conversation keeps the earlier reply, so the model sees it as context.</source>
        <translation>Die letzte Antwort neu anfordern. Bei der Responses-API behält die Unterhaltung auf dem Server die frühere Antwort, das Modell sieht sie also als Kontext.</translation>
    </message>
    <message>
        <source>Edit the last message</source>
        <translation>Letzte Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>Copy the last reply</source>
        <translation>Letzte Antwort kopieren</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Dateien anhängen…</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>Zur neuesten Nachricht springen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Branch from here</source>
        <translation>Von hier abzweigen</translation>
    </message>
    <message>
        <source>A new thread with the history up to the selected message (the last one if none is selected)</source>
        <translation>Ein neuer Thread mit dem Verlauf bis zur ausgewählten Nachricht (bis zur letzten, wenn keine ausgewählt ist)</translation>
    </message>
    <message>
        <source>Cancel the edit</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <source>Copy the message as Markdown</source>
        <translation>Die Nachricht als Markdown kopieren</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Abzweigen</translation>
    </message>
    <message>
        <source>Branch from here: a new thread with the history up to this message</source>
        <translation>Von hier abzweigen: ein neuer Thread mit dem Verlauf bis zu dieser Nachricht</translation>
    </message>
    <message>
        <source>Empty the message box first: editing puts your last message there.</source>
        <translation>Leeren Sie zuerst das Eingabefeld: Beim Bearbeiten kommt Ihre letzte Nachricht dorthin.</translation>
    </message>
    <message>
        <source>Empty the message box first: editing puts the message there.</source>
        <translation>Leeren Sie zuerst das Eingabefeld: Beim Bearbeiten kommt die Nachricht dorthin.</translation>
    </message>
    <message>
        <source>Copied the last reply.</source>
        <translation>Letzte Antwort kopiert.</translation>
    </message>
    <message>
        <source>Message menu</source>
        <translation>Nachrichtenmenü</translation>
    </message>
    <message>
        <source>Copy selection</source>
        <translation>Auswahl kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>the buttons of a message&apos;s hover bar: each runs what a menu entry or shortcut already does</extracomment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Put your last message back in the box to change it; sending it makes a branch</source>
        <translation>Ihre letzte Nachricht zurück ins Eingabefeld legen, um sie zu ändern; beim Senden entsteht ein Zweig</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <source>Copy raw text</source>
        <translation>Rohtext kopieren</translation>
    </message>
    <message>
        <source>Select text</source>
        <translation>Text auswählen</translation>
    </message>
    <message>
        <source>Save image as…</source>
        <translation>Bild speichern unter…</translation>
    </message>
    <message>
        <source>Edit in a branch…</source>
        <translation>In einem Zweig bearbeiten…</translation>
    </message>
    <message>
        <source>Change this message and send it in a new branch; this thread stays</source>
        <translation>Diese Nachricht ändern und in einem neuen Zweig senden; dieser Thread bleibt, wie er ist</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>ChatAttachments</name>
    <message>
        <source>File search</source>
        <translation>Dateisuche</translation>
    </message>
    <message>
        <source>Code interpreter</source>
        <translation>Code-Interpreter</translation>
    </message>
    <message>
        <source>Image in the message</source>
        <translation>Bild in der Nachricht</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}.</source>
        <translation>{name} kann nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <source>{name} is not a file.</source>
        <translation>{name} ist keine Datei.</translation>
    </message>
    <message>
        <source>{name} is empty; there is nothing to upload.</source>
        <translation>{name} ist leer; es gibt nichts hochzuladen.</translation>
    </message>
    <message>
        <source>{name} is {size}; files can be at most 512 MB.</source>
        <translation>{name} ist {size} groß; Dateien dürfen höchstens 512 MB groß sein.</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Bilder anhängen</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Bilder ({patterns})</translation>
    </message>
    <message>
        <source>Attach pictures (PNG, JPEG, GIF or WebP) to send with the message (Ctrl+Shift+A)</source>
        <translation>Bilder (PNG, JPEG, GIF oder WebP) anhängen, die mit der Nachricht gesendet werden (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>Attach images for the model to see, or files for file search or code (Ctrl+Shift+A)</source>
        <translation>Bilder anhängen, die das Modell sehen soll, oder Dateien für Dateisuche oder Code (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Unerwarteter Fehler: {error}</translation>
    </message>
</context>
<context>
    <name>ChatDrafts</name>
    <message>
        <source>The draft could not be saved; its text is still in the box.</source>
        <translation>Der Entwurf konnte nicht gespeichert werden; sein Text steht noch im Eingabefeld.</translation>
    </message>
</context>
<context>
    <name>ChatImages</name>
    <message>
        <source>The image could not be downloaded: {error}</source>
        <translation>Das Bild konnte nicht heruntergeladen werden: {error}</translation>
    </message>
    <message>
        <source>The image has not been downloaded yet.</source>
        <translation>Das Bild wurde noch nicht heruntergeladen.</translation>
    </message>
    <message>
        <source>Could not save the image to {path}: {error}.</source>
        <translation>Das Bild konnte nicht unter {path} gespeichert werden: {error}.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>↓ Jump to latest</source>
        <translation>↓ Zur neuesten</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>Zur neuesten springen</translation>
    </message>
    <message>
        <source>Scroll to the newest message and follow the reply (Ctrl+End)</source>
        <translation>Zur neuesten Nachricht scrollen und der Antwort folgen (Strg+Ende)</translation>
    </message>
    <message>
        <source>Provide tool output…</source>
        <translation>Werkzeugausgabe angeben…</translation>
    </message>
    <message>
        <source>Provide tool output</source>
        <translation>Werkzeugausgabe angeben</translation>
    </message>
    <message>
        <source>The assistant is waiting for the output of a function call</source>
        <translation>Der Assistent wartet auf die Ausgabe eines Funktionsaufrufs</translation>
    </message>
    <message>
        <source>Context notice</source>
        <translation>Kontexthinweis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Send the message in the box again</source>
        <translation>Die Nachricht im Eingabefeld erneut senden</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Why sending is not possible</source>
        <translation>Warum Senden nicht möglich ist</translation>
    </message>
    <message>
        <source>Drop files or images to attach them to the message</source>
        <translation>Dateien oder Bilder hier ablegen, um sie an die Nachricht anzuhängen</translation>
    </message>
    <message>
        <source>Drop files here</source>
        <translation>Dateien hier ablegen</translation>
    </message>
    <message>
        <source>Select the text of a message, then copy it</source>
        <translation>Den Text einer Nachricht auswählen, dann kopieren</translation>
    </message>
    <message>
        <source>Enter, then Ctrl+C</source>
        <translation>Eingabe, dann Strg+C</translation>
    </message>
    <message>
        <source>Message menu (copy, copy as Markdown, save image…)</source>
        <translation>Nachrichtenmenü (kopieren, als Markdown kopieren, Bild speichern…)</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10</source>
        <translation>Menütaste oder Umschalt+F10</translation>
    </message>
</context>
<context>
    <name>ChatViewModel</name>
    <message>
        <source>The conversation could not be saved.</source>
        <extracomment>what a store write that failed during a send, retry, regenerate or edit says before the store&apos;s sentence</extracomment>
        <translation>Die Unterhaltung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Choose an assistant to start a conversation.</source>
        <extracomment>where the text typed for a new thread is kept (None: the main composer&apos;s; the quick-ask window keeps its own, so neither overwrites the other) the function tools this chat answers itself (the built-in ones unless given) why the open thread cannot be continued with this profile (&quot;&quot; when it can); set by the resumer the folder a new thread is filed in (the one selected in the sidebar; None: no folder) who approves MCP tool calls (the chat view&apos;s questions); None: calls that need approval are denied per thread id: the (server id, tool name) the person allowed &quot;for this thread&quot; the comparison the threads this chat creates belong to (None: ordinary, listed threads)</extracomment>
        <translation>Wählen Sie einen Assistenten, um eine Unterhaltung zu beginnen.</translation>
    </message>
    <message>
        <source>A reply is being written. Press Esc to stop it.</source>
        <translation>Eine Antwort wird geschrieben. Mit Esc anhalten.</translation>
    </message>
    <message>
        <source>The draft could not be loaded.</source>
        <translation>Der Entwurf konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Choose an assistant first.</source>
        <translation>Wählen Sie zuerst einen Assistenten.</translation>
    </message>
    <message>
        <source>Wait until the files have finished uploading.</source>
        <translation>Warten Sie, bis die Dateien fertig hochgeladen sind.</translation>
    </message>
    <message>
        <source>Some files could not be uploaded: remove them or try again.</source>
        <translation>Einige Dateien konnten nicht hochgeladen werden: Entfernen Sie sie oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Nobody could be asked to approve it.</source>
        <translation>Niemand konnte um Freigabe gebeten werden.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Editing an earlier message: sending it makes a branch with the new text, and this thread stays as it is.</source>
        <translation>Sie bearbeiten eine frühere Nachricht: Beim Senden entsteht ein Zweig mit dem neuen Text, und dieser Thread bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>Making a branch…</source>
        <translation>Zweig wird erstellt…</translation>
    </message>
    <message>
        <source>The branch could not be made.</source>
        <translation>Der Zweig konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The image could not be attached.</source>
        <translation>Das Bild konnte nicht angehängt werden.</translation>
    </message>
    <message>
        <source>Save image as</source>
        <translation>Bild speichern unter</translation>
    </message>
    <message>
        <source>Images (*.png)</source>
        <translation>Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <source>{name}&apos;s reply</source>
        <translation>Antwort von {name}</translation>
    </message>
    <message>
        <source>Assistant and model</source>
        <translation>Assistent und Modell</translation>
    </message>
    <message>
        <source>{name}&apos;s messages</source>
        <translation>Nachrichten von {name}</translation>
    </message>
    <message>
        <source>Reply status</source>
        <translation>Antwortstatus</translation>
    </message>
    <message>
        <source>Usage and cost</source>
        <translation>Verbrauch und Kosten</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop {name}&apos;s reply</source>
        <translation>Die Antwort von {name} anhalten</translation>
    </message>
    <message>
        <source>Stop this reply only; the others go on (Esc)</source>
        <translation>Nur diese Antwort anhalten; die anderen laufen weiter (Esc)</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Erneut fragen</translation>
    </message>
    <message>
        <source>Ask {name} again</source>
        <translation>{name} erneut fragen</translation>
    </message>
    <message>
        <source>Retry a reply that did not complete, or regenerate this one</source>
        <translation>Eine nicht vollständige Antwort erneut versuchen oder diese neu erzeugen</translation>
    </message>
    <message>
        <source>Continue with this one</source>
        <translation>Mit dieser weitermachen</translation>
    </message>
    <message>
        <source>Continue with {name}</source>
        <translation>Mit {name} weitermachen</translation>
    </message>
    <message>
        <source>Keep this thread and open it in the main window; the other replies are deleted</source>
        <translation>Diesen Thread behalten und im Hauptfenster öffnen; die anderen Antworten werden gelöscht</translation>
    </message>
    <message>
        <source>Stop this reply</source>
        <translation>Diese Antwort anhalten</translation>
    </message>
</context>
<context>
    <name>CompareDialogs</name>
    <message>
        <source>Close the comparison?</source>
        <translation>Den Vergleich schließen?</translation>
    </message>
    <message>
        <source>You have not chosen which reply to continue with.</source>
        <translation>Sie haben nicht gewählt, mit welcher Antwort es weitergehen soll.</translation>
    </message>
    <message>
        <source>Keep all</source>
        <translation>Alle behalten</translation>
    </message>
    <message>
        <source>Keep all threads</source>
        <translation>Alle Threads behalten</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard all threads</source>
        <translation>Alle Threads verwerfen</translation>
    </message>
</context>
<context>
    <name>CompareViewModel</name>
    <message>
        <source>This comparison has been sent; start a new one to compare other assistants.</source>
        <translation>Dieser Vergleich wurde gesendet; beginnen Sie einen neuen, um andere Assistenten zu vergleichen.</translation>
    </message>
    <message>
        <source>Choose two to four different assistants.</source>
        <translation>Wählen Sie zwei bis vier verschiedene Assistenten.</translation>
    </message>
    <message>
        <source>Choose two to four assistants to compare.</source>
        <translation>Wählen Sie zwei bis vier Assistenten zum Vergleichen.</translation>
    </message>
    <message>
        <source>Each column continues on its own; keep one to go on with it.</source>
        <translation>Jede Spalte läuft für sich weiter; behalten Sie eine, um mit ihr weiterzumachen.</translation>
    </message>
    <message>
        <source>The comparison could not be settled.</source>
        <translation>Der Vergleich konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Wait for this reply to finish, or stop it, before continuing with it.</source>
        <translation>Warten Sie, bis diese Antwort fertig ist, oder halten Sie sie an, bevor Sie mit ihr weitermachen.</translation>
    </message>
    <message>
        <source>This assistant has no reply to continue with; ask it again first.</source>
        <translation>Dieser Assistent hat keine Antwort, mit der es weitergehen kann; fragen Sie ihn zuerst erneut.</translation>
    </message>
    <message>
        <source>{name}&apos;s thread was kept: the server could not delete it ({problem}).</source>
        <translation>Der Thread von {name} wurde behalten: Der Server konnte ihn nicht löschen ({problem}).</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare assistants</source>
        <translation>Assistenten vergleichen</translation>
    </message>
    <message>
        <source>Assistants to compare (two to four):</source>
        <translation>Zu vergleichende Assistenten (zwei bis vier):</translation>
    </message>
    <message>
        <source>Assistants to compare</source>
        <translation>Zu vergleichende Assistenten</translation>
    </message>
    <message>
        <source>Check two to four assistants (Space checks the one in focus)</source>
        <translation>Zwei bis vier Assistenten ankreuzen (die Leertaste kreuzt den fokussierten an)</translation>
    </message>
    <message>
        <source>Prompt for every assistant</source>
        <translation>Prompt für jeden Assistenten</translation>
    </message>
    <message>
        <source>One prompt, sent to every assistant chosen</source>
        <translation>Ein Prompt, der an jeden gewählten Assistenten gesendet wird</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Send to every assistant</source>
        <translation>An jeden Assistenten senden</translation>
    </message>
    <message>
        <source>Why the comparison cannot be sent</source>
        <translation>Warum der Vergleich nicht gesendet werden kann</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Replies side by side</source>
        <translation>Antworten nebeneinander</translation>
    </message>
    <message>
        <source>Go to reply {number}</source>
        <translation>Zu Antwort {number}</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>Den Vergleich schließen</translation>
    </message>
    <message>
        <source>At most four assistants can be compared at once.</source>
        <translation>Höchstens vier Assistenten können gleichzeitig verglichen werden.</translation>
    </message>
    <message>
        <source>Choose at least two assistants.</source>
        <translation>Wählen Sie mindestens zwei Assistenten.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Composer</source>
        <translation>Eingabebereich</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Attach files for file search or the code interpreter (Ctrl+Shift+A)</source>
        <translation>Dateien für die Dateisuche oder den Code-Interpreter anhängen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>Compare assistants</source>
        <translation>Assistenten vergleichen</translation>
    </message>
    <message>
        <source>Send one prompt to two to four assistants side by side (Ctrl+Shift+K)</source>
        <translation>Einen Prompt an zwei bis vier Assistenten nebeneinander senden (Strg+Umschalt+K)</translation>
    </message>
    <message>
        <source>Send the message ({keys})</source>
        <translation>Nachricht senden ({keys})</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop reply</source>
        <translation>Antwort anhalten</translation>
    </message>
    <message>
        <source>Stop the reply being written (Esc)</source>
        <translation>Die entstehende Antwort anhalten (Esc)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>BelugaDesk backs up its database once a day. A backup holds your threads, their messages kept here and your assistants; API keys are never in it.</source>
        <translation>BelugaDesk sichert seine Datenbank einmal am Tag. Eine Sicherung enthält Ihre Threads, deren hier gespeicherte Nachrichten und Ihre Assistenten; API-Schlüssel sind nie darin.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Jetzt eine Sicherung erstellen</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore the selected backup, or choose a file</source>
        <translation>Die ausgewählte Sicherung wiederherstellen oder eine Datei wählen</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Show the backups folder in the file manager</source>
        <translation>Den Sicherungsordner im Dateimanager anzeigen</translation>
    </message>
    <message>
        <source>&amp;Cancel restore</source>
        <translation>Wiederherstellung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Do not restore a backup at the next start</source>
        <translation>Beim nächsten Start keine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep daily backups for</source>
        <translation>Tägliche Sicherungen behalten für</translation>
    </message>
    <message>
        <source>&amp;Keep daily backups for</source>
        <translation>Tägliche Sicherungen &amp;behalten für</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Sicherungsstatus</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Noch keine Sicherung.</translation>
    </message>
    <message>
        <source>{name} will be restored at the next start.</source>
        <translation>{name} wird beim nächsten Start wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>DataQuestions</name>
    <message>
        <source>Restore a backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3)</source>
        <translation>Sicherungen (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restore {name}?</source>
        <translation>{name} wiederherstellen?</translation>
    </message>
    <message>
        <source>BelugaDesk restores it when it starts again (quit and start it). The data as it is then is backed up first, and the current database file is kept beside it, renamed.</source>
        <translation>BelugaDesk stellt sie beim nächsten Start wieder her (beenden Sie es und starten Sie es neu). Die dann vorhandenen Daten werden vorher gesichert, und die aktuelle Datenbankdatei wird umbenannt daneben aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Restore at next start</source>
        <translation>Beim nächsten Start &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Restore at next start</source>
        <translation>Beim nächsten Start wiederherstellen</translation>
    </message>
</context>
<context>
    <name>DataViewModel</name>
    <message>
        <source>No backup was made.</source>
        <translation>Es wurde keine Sicherung erstellt.</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Gesichert nach {path}.</translation>
    </message>
    <message>
        <source>The backup will not be restored.</source>
        <translation>Die Sicherung wird nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>{name} will be restored when BelugaDesk starts again: quit and start it. The data as it is then is backed up first and kept beside it.</source>
        <translation>{name} wird beim nächsten Start von BelugaDesk wiederhergestellt: Beenden Sie es und starten Sie es neu. Die dann vorhandenen Daten werden vorher gesichert und daneben aufbewahrt.</translation>
    </message>
    <message>
        <source>No backup will be restored.</source>
        <translation>Es wird keine Sicherung wiederhergestellt.</translation>
    </message>
    <message>
        <source>The setting was not saved.</source>
        <translation>Die Einstellung wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>{app_name}: the local database cannot be used</source>
        <translation>{app_name}: Die lokale Datenbank kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Problem mit der Datenbank</translation>
    </message>
    <message>
        <source>The database was written by a newer version</source>
        <translation>Die Datenbank wurde von einer neueren Version geschrieben</translation>
    </message>
    <message>
        <source>The database cannot be read</source>
        <translation>Die Datenbank kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>&lt;b&gt;{heading}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{heading}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Start a fresh database</source>
        <translation>Neue Datenbank beginnen</translation>
    </message>
    <message>
        <source>Move the old file aside and start with an empty database</source>
        <translation>Die alte Datei beiseitelegen und mit einer leeren Datenbank beginnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Close {app_name} and leave the file as it is</source>
        <translation>{app_name} schließen und die Datei unverändert lassen</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>The file was kept untouched: nothing in it was changed or deleted.</source>
        <translation>Die Datei blieb unangetastet: Nichts darin wurde geändert oder gelöscht.</translation>
    </message>
    <message>
        <source>“Start a fresh database” moves the file aside (renamed beside it, so it can still be recovered) and starts with an empty database. “Quit” leaves everything as it is.</source>
        <translation>„Neue Datenbank beginnen“ legt die Datei beiseite (umbenannt daneben, sodass sie noch wiederhergestellt werden kann) und beginnt mit einer leeren Datenbank. „Beenden“ lässt alles, wie es ist.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Empty chat</source>
        <translation>Leerer Chat</translation>
    </message>
    <message>
        <source>Assistant name</source>
        <translation>Name des Assistenten</translation>
    </message>
    <message>
        <source>Assistant description</source>
        <translation>Beschreibung des Assistenten</translation>
    </message>
    <message>
        <source>No assistant yet</source>
        <translation>Noch kein Assistent</translation>
    </message>
    <message>
        <source>Create an assistant (Ctrl+Shift+N) or choose one in the sidebar to start.</source>
        <translation>Erstellen Sie einen Assistenten (Strg+Umschalt+N) oder wählen Sie einen in der Seitenleiste, um zu beginnen.</translation>
    </message>
    <message>
        <source>Ask {name} anything.</source>
        <translation>Fragen Sie {name} etwas.</translation>
    </message>
</context>
<context>
    <name>FileSearchEditor</name>
    <message>
        <source>File search</source>
        <translation>Dateisuche</translation>
    </message>
    <message>
        <source>Vector store</source>
        <translation>Vektorspeicher</translation>
    </message>
    <message>
        <source>None: only files attached in the chat</source>
        <translation>Keiner: nur im Chat angehängte Dateien</translation>
    </message>
    <message>
        <source>Let the assistant search the files attached in the chat, and a vector store if you choose one</source>
        <translation>Den Assistenten die im Chat angehängten Dateien durchsuchen lassen und einen Vektorspeicher, falls Sie einen wählen</translation>
    </message>
    <message>
        <source>A vector store searched in every chat; without one, file search looks in the chat&apos;s attachments</source>
        <translation>Ein Vektorspeicher, der in jedem Chat durchsucht wird; ohne ihn sucht die Dateisuche in den Anhängen des Chats</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh vector stores</source>
        <translation>Vektorspeicher aktualisieren</translation>
    </message>
    <message>
        <source>Load the vector stores of this profile&apos;s account</source>
        <translation>Die Vektorspeicher des Kontos dieses Profils laden</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Create vector store</source>
        <translation>Vektorspeicher erstellen</translation>
    </message>
    <message>
        <source>Create a new vector store on the server</source>
        <translation>Einen neuen Vektorspeicher auf dem Server erstellen</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add files to vector store</source>
        <translation>Dateien zum Vektorspeicher hinzufügen</translation>
    </message>
    <message>
        <source>Upload files into the chosen vector store</source>
        <translation>Dateien in den gewählten Vektorspeicher hochladen</translation>
    </message>
    <message>
        <source>Vector store status</source>
        <translation>Status des Vektorspeichers</translation>
    </message>
    <message>
        <source>Vector store error</source>
        <translation>Fehler beim Vektorspeicher</translation>
    </message>
</context>
<context>
    <name>FolderListModel</name>
    <message>
        <source>All chats</source>
        <extracomment>the MIME type of a folder dragged within the Folders section: its id (UTF-8)</extracomment>
        <translation>Alle Chats</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>Kein Ordner</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <extracomment>thread ids dropped on the row of ``key`` (a folder id or NO_FOLDER) a folder (id) dropped on a sibling folder (id): it takes that one&apos;s place</extracomment>
        <translation>
            <numerusform>%n Thread</numerusform>
            <numerusform>%n Threads</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}, in {parent}, {threads}</source>
        <translation>{name}, in {parent}, {threads}</translation>
    </message>
    <message>
        <source>{name}, {threads}</source>
        <translation>{name}, {threads}</translation>
    </message>
    <message>
        <source>Instructions: {text}</source>
        <translation>Anweisungen: {text}</translation>
    </message>
</context>
<context>
    <name>FolderPickerDialog</name>
    <message>
        <source>Move to folder</source>
        <translation>In Ordner verschieben</translation>
    </message>
    <message>
        <source>Find a folder</source>
        <translation>Ordner suchen</translation>
    </message>
    <message>
        <source>Type to find a folder</source>
        <translation>Tippen, um einen Ordner zu finden</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>{name} (now)</source>
        <translation>{name} (aktuell)</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
</context>
<context>
    <name>FolderSection</name>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>FOLDERS</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Show or hide the folders</source>
        <translation>Die Ordner ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Folder problem</source>
        <translation>Problem mit dem Ordner</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>New &amp;folder…</source>
        <translation>Neuer &amp;Ordner…</translation>
    </message>
    <message>
        <source>Make a folder for threads (Ctrl+Shift+F)</source>
        <translation>Einen Ordner für Threads anlegen (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach o&amp;ben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach un&amp;ten</translation>
    </message>
    <message>
        <source>Default assistant and &amp;instructions…</source>
        <translation>Standardassistent und &amp;Anweisungen…</translation>
    </message>
    <message>
        <source>Folder actions</source>
        <translation>Ordneraktionen</translation>
    </message>
    <message>
        <source>New &amp;subfolder…</source>
        <translation>&amp;Neuer Unterordner…</translation>
    </message>
    <message>
        <source>Move to the &amp;top level</source>
        <translation>Auf die oberste &amp;Ebene</translation>
    </message>
    <message>
        <source>Put &amp;inside</source>
        <translation>Ein&amp;ordnen in</translation>
    </message>
    <message>
        <source>Put the folder inside another</source>
        <translation>Den Ordner in einen anderen einordnen</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>ausgeklappt</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>eingeklappt</translation>
    </message>
    <message>
        <source>FOLDERS · {name}</source>
        <translation>ORDNER · {name}</translation>
    </message>
</context>
<context>
    <name>FolderSettingsDialog</name>
    <message>
        <source>Folder settings</source>
        <translation>Ordnereinstellungen</translation>
    </message>
    <message>
        <source>Folder name</source>
        <translation>Ordnername</translation>
    </message>
    <message>
        <source>Default assistant</source>
        <translation>Standardassistent</translation>
    </message>
    <message>
        <source>New chats started while this folder is selected use this assistant</source>
        <translation>Neue Chats, die begonnen werden, während dieser Ordner ausgewählt ist, verwenden diesen Assistenten</translation>
    </message>
    <message>
        <source>None (the assistant chosen in the sidebar)</source>
        <translation>Keiner (der in der Seitenleiste gewählte Assistent)</translation>
    </message>
    <message>
        <source>Extra instructions</source>
        <translation>Zusätzliche Anweisungen</translation>
    </message>
    <message>
        <source>e.g. Answer in British English and cite sources.</source>
        <translation>z. B. Antworte auf Deutsch und nenne Quellen.</translation>
    </message>
    <message>
        <source>Added after the assistant&apos;s own instructions in every reply of the threads in this folder (and its subfolders).</source>
        <translation>Wird bei jeder Antwort in den Threads dieses Ordners (und seiner Unterordner) an die eigenen Anweisungen des Assistenten angehängt.</translation>
    </message>
    <message>
        <source>Problem with the folder settings</source>
        <translation>Problem mit den Ordnereinstellungen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Default &amp;assistant:</source>
        <translation>Standard&amp;assistent:</translation>
    </message>
    <message>
        <source>Extra &amp;instructions:</source>
        <translation>&amp;Zusätzliche Anweisungen:</translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation>Ein Ordner braucht einen Namen.</translation>
    </message>
    <message>
        <source>The instructions are too long.</source>
        <translation>Die Anweisungen sind zu lang.</translation>
    </message>
</context>
<context>
    <name>FoldersViewModel</name>
    <message>
        <source>The folders could not be loaded.</source>
        <extracomment>the folder filter now in effect: ALL_CHATS, NO_FOLDER or a folder id a sentence for the status bar once a flow is done</extracomment>
        <translation>Die Ordner konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>Kein Ordner</translation>
    </message>
    <message>
        <source>New subfolder</source>
        <translation>Neuer Unterordner</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Name of the subfolder in “{parent}”:</source>
        <translation>Name des Unterordners in „{parent}“:</translation>
    </message>
    <message>
        <source>Name of the folder:</source>
        <translation>Name des Ordners:</translation>
    </message>
    <message>
        <source>Rename folder</source>
        <translation>Ordner umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>The assistants could not be listed.</source>
        <translation>Die Assistenten konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>The folder could not be deleted.</source>
        <translation>Der Ordner konnte nicht gelöscht werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s) in it move to “No folder”; no thread is deleted.</source>
        <translation>
            <numerusform>%n Thread darin wird nach „Kein Ordner“ verschoben; kein Thread wird gelöscht.</numerusform>
            <numerusform>%n Threads darin werden nach „Kein Ordner“ verschoben; kein Thread wird gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its subfolders ({names}) move to the top level.</source>
        <translation>Seine Unterordner ({names}) kommen auf die oberste Ebene.</translation>
    </message>
    <message>
        <source>Delete folder</source>
        <translation>Ordner löschen</translation>
    </message>
    <message>
        <source>Delete the folder “{name}”?</source>
        <translation>Den Ordner „{name}“ löschen?</translation>
    </message>
    <message>
        <source>Delete the folder {name}</source>
        <translation>Den Ordner {name} löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the folder “{name}”; %n thread(s) moved to “No folder”.</source>
        <translation>
            <numerusform>Der Ordner „{name}“ wurde gelöscht; %n Thread wurde nach „Kein Ordner“ verschoben.</numerusform>
            <numerusform>Der Ordner „{name}“ wurde gelöscht; %n Threads wurden nach „Kein Ordner“ verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The thread could not be moved.</source>
        <translation>Der Thread konnte nicht verschoben werden.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n thread(s) to “{folder}”.</source>
        <translation>
            <numerusform>%n Thread nach „{folder}“ verschoben.</numerusform>
            <numerusform>%n Threads nach „{folder}“ verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folders could not be changed.</source>
        <translation>Die Ordner konnten nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>FormQuestions</name>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>This assistant has unsaved changes. Discard them?</source>
        <translation>Dieser Assistent hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
</context>
<context>
    <name>FunctionListModel</name>
    <message>
        <source>(unnamed function {number})</source>
        <translation>(unbenannte Funktion {number})</translation>
    </message>
    <message>
        <source>{label}, has errors</source>
        <translation>{label}, fehlerhaft</translation>
    </message>
</context>
<context>
    <name>FunctionToolsEditor</name>
    <message>
        <source>Function tools</source>
        <translation>Funktionswerkzeuge</translation>
    </message>
    <message>
        <source>Functions the assistant may call; choose one to edit it</source>
        <translation>Funktionen, die der Assistent aufrufen darf; zum Bearbeiten eine wählen</translation>
    </message>
    <message>
        <source>Add function</source>
        <translation>Funktion hinzufügen</translation>
    </message>
    <message>
        <source>Add function tool</source>
        <translation>Funktionswerkzeug hinzufügen</translation>
    </message>
    <message>
        <source>Add a function the assistant can call</source>
        <translation>Eine Funktion hinzufügen, die der Assistent aufrufen kann</translation>
    </message>
    <message>
        <source>Remove function</source>
        <translation>Funktion entfernen</translation>
    </message>
    <message>
        <source>Remove function tool</source>
        <translation>Funktionswerkzeug entfernen</translation>
    </message>
    <message>
        <source>Remove the selected function</source>
        <translation>Die gewählte Funktion entfernen</translation>
    </message>
    <message>
        <source>Function name</source>
        <translation>Funktionsname</translation>
    </message>
    <message>
        <source>1–64 letters, digits, underscores or hyphens</source>
        <translation>1–64 Buchstaben, Ziffern, Unterstriche oder Bindestriche</translation>
    </message>
    <message>
        <source>Function description</source>
        <translation>Funktionsbeschreibung</translation>
    </message>
    <message>
        <source>What the function does; the model reads this to decide when to call it</source>
        <translation>Was die Funktion tut; das Modell liest dies, um zu entscheiden, wann es sie aufruft</translation>
    </message>
    <message>
        <source>Strict (arguments always match the schema)</source>
        <translation>Strikt (Argumente entsprechen immer dem Schema)</translation>
    </message>
    <message>
        <source>Function strict mode</source>
        <translation>Strikter Modus der Funktion</translation>
    </message>
    <message>
        <source>Strict mode needs every property required and additionalProperties false</source>
        <translation>Der strikte Modus verlangt, dass jede Eigenschaft erforderlich ist und additionalProperties false ist</translation>
    </message>
    <message>
        <source>Function parameters</source>
        <translation>Funktionsparameter</translation>
    </message>
    <message>
        <source>Functi&amp;on name</source>
        <translation>Funkti&amp;onsname</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
</context>
<context>
    <name>HoverBar</name>
    <message>
        <source>Message actions</source>
        <translation>Nachrichtenaktionen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>{who} · {when}</source>
        <translation>{who} · {when}</translation>
    </message>
</context>
<context>
    <name>KeyringDialog</name>
    <message>
        <source>API key not saved</source>
        <translation>API-Schlüssel nicht gespeichert</translation>
    </message>
    <message>
        <source>API key not saved: no usable secure keyring</source>
        <translation>API-Schlüssel nicht gespeichert: kein nutzbarer sicherer Schlüsselbund</translation>
    </message>
    <message>
        <source>The API key could not be saved in a secure keyring.</source>
        <translation>Der API-Schlüssel konnte nicht in einem sicheren Schlüsselbund gespeichert werden.</translation>
    </message>
    <message>
        <source>{message}

BelugaDesk never writes API keys to a plain file. A key for this session only stays in memory and is forgotten when BelugaDesk quits.</source>
        <translation>{message}

BelugaDesk schreibt API-Schlüssel nie in eine einfache Datei. Ein Schlüssel nur für diese Sitzung bleibt im Speicher und wird vergessen, wenn BelugaDesk beendet wird.</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>Nur für diese &amp;Sitzung verwenden</translation>
    </message>
    <message>
        <source>Use the key for this session only</source>
        <translation>Den Schlüssel nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>Keep the key in memory until BelugaDesk quits; nothing is written</source>
        <translation>Den Schlüssel im Speicher halten, bis BelugaDesk beendet wird; nichts wird geschrieben</translation>
    </message>
    <message>
        <source>Go back without using the key</source>
        <translation>Zurück, ohne den Schlüssel zu verwenden</translation>
    </message>
</context>
<context>
    <name>LinkConfirmation</name>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>This link was not opened: it is not a valid web address.</source>
        <translation>Dieser Link wurde nicht geöffnet: Er ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>This link was not opened: BelugaDesk opens only web (http, https) and e-mail (mailto) links from replies, not “{scheme}:” links.</source>
        <translation>Dieser Link wurde nicht geöffnet: BelugaDesk öffnet aus Antworten nur Web-Links (http, https) und E-Mail-Links (mailto), keine „{scheme}:“-Links.</translation>
    </message>
    <message>
        <source>This link was not opened: it names no web site.</source>
        <translation>Dieser Link wurde nicht geöffnet: Er nennt keine Website.</translation>
    </message>
    <message>
        <source>your e-mail program, to write to</source>
        <translation>Ihrem E-Mail-Programm, zum Schreiben an</translation>
    </message>
    <message>
        <source>your web browser at {host}</source>
        <translation>Ihrem Webbrowser unter {host}</translation>
    </message>
    <message>
        <source>Open this link?</source>
        <translation>Diesen Link öffnen?</translation>
    </message>
    <message>
        <source>The reply links to:&lt;br&gt;&lt;br&gt;{target_html}&lt;br&gt;&lt;br&gt;It opens in {where}. The text shown for a link can differ from where it goes; open it only if you trust this address.</source>
        <translation>Die Antwort verlinkt auf:&lt;br&gt;&lt;br&gt;{target_html}&lt;br&gt;&lt;br&gt;Der Link öffnet sich in {where}. Der angezeigte Text eines Links kann vom tatsächlichen Ziel abweichen; öffnen Sie ihn nur, wenn Sie dieser Adresse vertrauen.</translation>
    </message>
</context>
<context>
    <name>MainViewModel</name>
    <message>
        <source>The thread could not be opened.</source>
        <translation>Der Thread konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app_name} main window</source>
        <translation>{app_name}-Hauptfenster</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>Aktives Profil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New thread</source>
        <translation>&amp;Neuer Thread</translation>
    </message>
    <message>
        <source>&amp;Focus message box</source>
        <translation>Eingabefeld &amp;fokussieren</translation>
    </message>
    <message>
        <source>Quick &amp;ask window</source>
        <translation>&amp;Schnellfrage-Fenster</translation>
    </message>
    <message>
        <source>The small always-on-top window that belugadesk --quick-ask shows</source>
        <translation>Das kleine, immer oben liegende Fenster, das belugadesk --quick-ask anzeigt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Compare assistants…</source>
        <translation>Assistenten &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Send one prompt to two to four assistants and see the replies side by side</source>
        <translation>Einen Prompt an zwei bis vier Assistenten senden und die Antworten nebeneinander sehen</translation>
    </message>
    <message>
        <source>&amp;Prompt library…</source>
        <translation>&amp;Prompt-Bibliothek…</translation>
    </message>
    <message>
        <source>Saved prompts to insert, edit, import and export (Ctrl+Shift+I; or type / in an empty box)</source>
        <translation>Gespeicherte Prompts zum Einfügen, Bearbeiten, Importieren und Exportieren (Strg+Umschalt+I; oder / in ein leeres Feld tippen)</translation>
    </message>
    <message>
        <source>A&amp;ssistant</source>
        <translation>A&amp;ssistent</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Thread list</source>
        <translation>&amp;Thread-Liste</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Nachrichten</translation>
    </message>
    <message>
        <source>Next &amp;area</source>
        <translation>Nächster &amp;Bereich</translation>
    </message>
    <message>
        <source>&amp;Previous area</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Profiles and API keys, appearance, behaviour and prices (Ctrl+,)</source>
        <translation>Profile und API-Schlüssel, Darstellung, Verhalten und Preise (Strg+,)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Log-Ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;About {app_name}</source>
        <translation>&amp;Über {app_name}</translation>
    </message>
    <message>
        <source>Profile: {name}</source>
        <translation>Profil: {name}</translation>
    </message>
</context>
<context>
    <name>McpGrantsViewModel</name>
    <message>
        <source>No MCP servers yet: add one in Settings → Tools, then come back here.</source>
        <translation>Noch keine MCP-Server: Fügen Sie unter Einstellungen → Werkzeuge einen hinzu und kommen Sie dann hierher zurück.</translation>
    </message>
    <message>
        <source>The tools could not be listed.</source>
        <translation>Die Werkzeuge konnten nicht aufgelistet werden.</translation>
    </message>
</context>
<context>
    <name>McpServerDialog</name>
    <message>
        <source>Local program (stdio)</source>
        <translation>Lokales Programm (stdio)</translation>
    </message>
    <message>
        <source>Web address (streamable HTTP)</source>
        <translation>Webadresse (streamable HTTP)</translation>
    </message>
    <message>
        <source>kept in the keyring; type to replace</source>
        <translation>im Schlüsselbund hinterlegt; zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>Edit MCP server</source>
        <translation>MCP-Server bearbeiten</translation>
    </message>
    <message>
        <source>Add MCP server</source>
        <translation>MCP-Server hinzufügen</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>e.g. Files</source>
        <translation>z. B. Dateien</translation>
    </message>
    <message>
        <source>How to reach the server</source>
        <translation>Wie der Server erreicht wird</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>e.g. npx, uvx or python</source>
        <translation>z. B. npx, uvx oder python</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>as on a command line, e.g. -y @modelcontextprotocol/server-filesystem ~/Notes</source>
        <translation>wie auf der Kommandozeile, z. B. -y @modelcontextprotocol/server-filesystem ~/Notes</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>Arbeitsordner</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>&amp;Command</source>
        <translation>&amp;Befehl</translation>
    </message>
    <message>
        <source>&amp;Arguments</source>
        <translation>&amp;Argumente</translation>
    </message>
    <message>
        <source>&amp;Working folder</source>
        <translation>&amp;Arbeitsordner</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Values marked Secret go to the system keyring, never to the settings file.</source>
        <translation>Als „Geheim“ markierte Werte kommen in den Schlüsselbund des Systems, nie in die Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Save server</source>
        <translation>Server speichern</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Reach it as</source>
        <translation>&amp;Erreichbar als</translation>
    </message>
</context>
<context>
    <name>McpServersViewModel</name>
    <message>
        <source>Enter the command that starts the server, e.g. npx or python.</source>
        <translation>Geben Sie den Befehl ein, der den Server startet, z. B. npx oder python.</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Geben Sie dem Server einen Namen.</translation>
    </message>
    <message>
        <source>The server&apos;s settings are not valid.</source>
        <translation>Die Einstellungen des Servers sind ungültig.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Not started: a server starts when an assistant first uses it, or with Test.</source>
        <translation>Nicht gestartet: Ein Server startet, wenn ein Assistent ihn zum ersten Mal verwendet, oder mit „Testen“.</translation>
    </message>
    <message>
        <source>The server could not be tested.</source>
        <translation>Der Server konnte nicht getestet werden.</translation>
    </message>
    <message>
        <source>Starting the server and listing its tools…</source>
        <translation>Der Server wird gestartet und seine Werkzeuge werden aufgelistet…</translation>
    </message>
    <message>
        <source>The server runs but lists no tools.</source>
        <translation>Der Server läuft, bietet aber keine Werkzeuge an.</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s): {names}</source>
        <translation>
            <numerusform>%n Werkzeug: {names}</numerusform>
            <numerusform>%n Werkzeuge: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>The server could not be restarted.</source>
        <translation>Der Server konnte nicht neu gestartet werden.</translation>
    </message>
    <message>
        <source>Restarting the server…</source>
        <translation>Der Server wird neu gestartet…</translation>
    </message>
    <message>
        <source>The MCP server was not saved.</source>
        <translation>Der MCP-Server wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The MCP server was not removed.</source>
        <translation>Der MCP-Server wurde nicht entfernt.</translation>
    </message>
</context>
<context>
    <name>McpToolsSection</name>
    <message>
        <source>Too&amp;ls from MCP servers</source>
        <translation>Werk&amp;zeuge von MCP-Servern</translation>
    </message>
    <message>
        <source>Which tools of the MCP servers (Settings → Tools) this assistant may use, and which calls run without asking</source>
        <translation>Welche Werkzeuge der MCP-Server (Einstellungen → Werkzeuge) dieser Assistent verwenden darf und welche Aufrufe ohne Nachfrage laufen</translation>
    </message>
    <message>
        <source>Each call of a tool is shown to you before it runs, unless you allow it here.</source>
        <translation>Jeder Werkzeugaufruf wird Ihnen vor der Ausführung gezeigt, sofern Sie ihn hier nicht erlauben.</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Message the assistant — Enter to send, Shift+Enter for a new line</source>
        <translation>Nachricht an den Assistenten — Eingabe sendet, Umschalt+Eingabe für neue Zeile</translation>
    </message>
    <message>
        <source>Enter sends; Shift+Enter starts a new line</source>
        <translation>Eingabe sendet; Umschalt+Eingabe beginnt eine neue Zeile</translation>
    </message>
    <message>
        <source>Message the assistant — Ctrl+Enter to send, Enter for a new line</source>
        <translation>Nachricht an den Assistenten — Strg+Eingabe sendet, Eingabe für neue Zeile</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends; Enter starts a new line</source>
        <translation>Strg+Eingabe sendet; Eingabe beginnt eine neue Zeile</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Neue Zeile</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Umschalt+Eingabe</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabe</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>You</source>
        <extracomment>who writes the replies (what a screen reader says for them); set with the chat&apos;s assistant</extracomment>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>{who}, {when}: {text}</source>
        <translation>{who}, {when}: {text}</translation>
    </message>
    <message>
        <source>Being written</source>
        <translation>Wird geschrieben</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
</context>
<context>
    <name>MessageTextView</name>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
</context>
<context>
    <name>MessageTime</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Up to {limit} pairs; keys up to 64 characters, values up to 512</source>
        <translation>Bis zu {limit} Paare; Schlüssel bis 64 Zeichen, Werte bis 512</translation>
    </message>
    <message>
        <source>Add pair</source>
        <translation>Paar hinzufügen</translation>
    </message>
    <message>
        <source>Add metadata pair</source>
        <translation>Metadatenpaar hinzufügen</translation>
    </message>
    <message>
        <source>Add a key/value row and start typing its key</source>
        <translation>Eine Schlüssel-Wert-Zeile hinzufügen und ihren Schlüssel eingeben</translation>
    </message>
    <message>
        <source>Remove pair</source>
        <translation>Paar entfernen</translation>
    </message>
    <message>
        <source>Remove metadata pair</source>
        <translation>Metadatenpaar entfernen</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Die gewählte Zeile entfernen</translation>
    </message>
    <message>
        <source>Metadata pair count</source>
        <translation>Anzahl der Metadatenpaare</translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message>
        <source>The server&apos;s models could not be listed ({error}); the assistant&apos;s model is used.</source>
        <translation>Die Modelle des Servers konnten nicht aufgelistet werden ({error}); das Modell des Assistenten wird verwendet.</translation>
    </message>
</context>
<context>
    <name>ModelSwitcher</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>{model} (assistant&apos;s)</source>
        <translation>{model} (des Assistenten)</translation>
    </message>
    <message>
        <source>the assistant&apos;s own model</source>
        <translation>das eigene Modell des Assistenten</translation>
    </message>
    <message>
        <source>chosen for this thread</source>
        <translation>für diesen Thread gewählt</translation>
    </message>
    <message>
        <source>The model that writes the replies in this thread: {model} ({whose}).</source>
        <translation>Das Modell, das die Antworten in diesem Thread schreibt: {model} ({whose}).</translation>
    </message>
</context>
<context>
    <name>NewChatButton</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>with {name}</source>
        <translation>mit {name}</translation>
    </message>
    <message>
        <source>with no assistant yet</source>
        <translation>ohne Assistent</translation>
    </message>
    <message>
        <source>New chat with {name}</source>
        <translation>Neuer Chat mit {name}</translation>
    </message>
    <message>
        <source>Start a new chat with {name} (Ctrl+N)</source>
        <translation>Einen neuen Chat mit {name} beginnen (Strg+N)</translation>
    </message>
</context>
<context>
    <name>OnboardingDialog</name>
    <message>
        <source>&lt;h2&gt;Welcome to BelugaDesk&lt;/h2&gt;&lt;p&gt;Connect to your AI provider with an API key. The key is kept in your system keyring and nowhere else. No key at hand? Try the offline demo: it runs entirely on this computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei BelugaDesk&lt;/h2&gt;&lt;p&gt;Verbinden Sie sich mit einem API-Schlüssel mit Ihrem KI-Anbieter. Der Schlüssel wird im Schlüsselbund Ihres Systems aufbewahrt und nirgendwo sonst. Kein Schlüssel zur Hand? Probieren Sie die Offline-Demo: Sie läuft vollständig auf diesem Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome to BelugaDesk</source>
        <translation>Willkommen bei BelugaDesk</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Try the offline &amp;demo</source>
        <translation>Offline-&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>Try the offline demo</source>
        <translation>Offline-Demo ausprobieren</translation>
    </message>
    <message>
        <source>Use the built-in demo server: no key and no network needed</source>
        <translation>Den eingebauten Demo-Server verwenden: kein Schlüssel und kein Netzwerk nötig</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Store the key in the keyring, save the profile and start using it</source>
        <translation>Den Schlüssel im Schlüsselbund ablegen, das Profil speichern und verwenden</translation>
    </message>
</context>
<context>
    <name>OnboardingViewModel</name>
    <message>
        <source>The profile was not saved.</source>
        <translation>Das Profil wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The choice was not saved.</source>
        <translation>Die Auswahl wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>OpenByIdDialog</name>
    <message>
        <source>Open thread by id</source>
        <translation>Thread per ID öffnen</translation>
    </message>
    <message>
        <source>Paste the id of a thread on the server (it starts with “{id_prefixes}”). Its history is loaded into a new local thread.</source>
        <translation>Fügen Sie die ID eines Threads auf dem Server ein (sie beginnt mit „{id_prefixes}“). Sein Verlauf wird in einen neuen lokalen Thread geladen.</translation>
    </message>
    <message>
        <source>Remote thread id</source>
        <translation>Remote-Thread-ID</translation>
    </message>
    <message>
        <source>A {label} API thread id, e.g. {id_prefixes}abc123</source>
        <translation>Eine Thread-ID der {label}-API, z. B. {id_prefixes}abc123</translation>
    </message>
    <message>
        <source>Problem with the id</source>
        <translation>Problem mit der ID</translation>
    </message>
</context>
<context>
    <name>PairTableModel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Budget (tokens)</source>
        <translation>Budget (Tokens)</translation>
    </message>
</context>
<context>
    <name>PreferencesViewModel</name>
    <message>
        <source>The colour scheme was not saved.</source>
        <translation>Das Farbschema wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The font size was not saved.</source>
        <translation>Die Schriftgröße wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The accent colour was not saved.</source>
        <translation>Die Akzentfarbe wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The language was not saved.</source>
        <translation>Die Sprache wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The setting was not saved.</source>
        <translation>Die Einstellung wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>PriceTableModel</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>Zwischengespeicherte Eingabe</translation>
    </message>
    <message>
        <source>The model name; dated snapshots (gpt-4o-2024-08-06) use the price of their family</source>
        <translation>Der Modellname; datierte Snapshots (gpt-4o-2024-08-06) verwenden den Preis ihrer Familie</translation>
    </message>
    <message>
        <source>USD per million input tokens</source>
        <translation>USD pro Million Eingabe-Tokens</translation>
    </message>
    <message>
        <source>USD per million output tokens</source>
        <translation>USD pro Million Ausgabe-Tokens</translation>
    </message>
    <message>
        <source>USD per million cached input tokens; empty when the model has no cached price</source>
        <translation>USD pro Million zwischengespeicherter Eingabe-Tokens; leer, wenn das Modell keinen solchen Preis hat</translation>
    </message>
</context>
<context>
    <name>PricesPage</name>
    <message>
        <source>Prices in US dollars per million tokens, used for the cost estimate shown with each reply. Double-click a cell to edit it.</source>
        <translation>Preise in US-Dollar pro Million Tokens, verwendet für die Kostenschätzung bei jeder Antwort. Zum Bearbeiten eine Zelle doppelklicken.</translation>
    </message>
    <message>
        <source>Model prices</source>
        <translation>Modellpreise</translation>
    </message>
    <message>
        <source>model name, e.g. gpt-4.1</source>
        <translation>Modellname, z. B. gpt-4.1</translation>
    </message>
    <message>
        <source>New model name</source>
        <translation>Name des neuen Modells</translation>
    </message>
    <message>
        <source>The model to add a price for</source>
        <translation>Das Modell, für das ein Preis hinzugefügt wird</translation>
    </message>
    <message>
        <source>&amp;Add price</source>
        <translation>Preis &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add price</source>
        <translation>Preis hinzufügen</translation>
    </message>
    <message>
        <source>Add a row for this model, then type its prices</source>
        <translation>Eine Zeile für dieses Modell hinzufügen, dann seine Preise eingeben</translation>
    </message>
    <message>
        <source>&amp;Remove price</source>
        <translation>Preis &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove price</source>
        <translation>Preis entfernen</translation>
    </message>
    <message>
        <source>Remove the selected model&apos;s price</source>
        <translation>Den Preis des gewählten Modells entfernen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>PricesViewModel</name>
    <message>
        <source>Invalid price.</source>
        <translation>Ungültiger Preis.</translation>
    </message>
    <message>
        <source>Type the model name first, e.g. gpt-4.1.</source>
        <translation>Geben Sie zuerst den Modellnamen ein, z. B. gpt-4.1.</translation>
    </message>
    <message>
        <source>There is already a price for {name}.</source>
        <translation>Für {name} gibt es bereits einen Preis.</translation>
    </message>
    <message>
        <source>The prices were not saved.</source>
        <translation>Die Preise wurden nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>ProfileDialogs</name>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile “{name}”?</source>
        <translation>Das Profil „{name}“ löschen?</translation>
    </message>
    <message>
        <source>Its API key is removed from the keyring too. Its threads stay in the database.</source>
        <translation>Sein API-Schlüssel wird ebenfalls aus dem Schlüsselbund entfernt. Seine Threads bleiben in der Datenbank.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete profile and key</source>
        <translation>Profil und Schlüssel löschen</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Edit profile {name}</source>
        <translation>Profil {name} bearbeiten</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Validate, store the key in the keyring and save the profile</source>
        <translation>Prüfen, den Schlüssel im Schlüsselbund ablegen und das Profil speichern</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Profile &amp;name</source>
        <translation>Profil&amp;name</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Backend</source>
        <translation>&amp;Backend</translation>
    </message>
    <message>
        <source>Base &amp;URL</source>
        <translation>Basis-&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>&amp;Endpunkt</translation>
    </message>
    <message>
        <source>API &amp;version</source>
        <translation>API-&amp;Version</translation>
    </message>
    <message>
        <source>&amp;Deployments</source>
        <translation>&amp;Deployments</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Pro&amp;ject</source>
        <translation>Pro&amp;jekt</translation>
    </message>
    <message>
        <source>Pro&amp;xy</source>
        <translation>Pro&amp;xy</translation>
    </message>
    <message>
        <source>Context bud&amp;gets</source>
        <translation>Kontext&amp;budgets</translation>
    </message>
    <message>
        <source>A name to tell this profile apart from others</source>
        <translation>Ein Name, um dieses Profil von anderen zu unterscheiden</translation>
    </message>
    <message>
        <source>The secret API key from your provider&apos;s dashboard; it is stored in the system keyring only</source>
        <translation>Der geheime API-Schlüssel aus dem Dashboard Ihres Anbieters; er wird nur im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Which OpenAI API family conversations use</source>
        <translation>Welche OpenAI-API-Familie Unterhaltungen verwenden</translation>
    </message>
    <message>
        <source>The server&apos;s API address, e.g. http://localhost:8000/v1 (OpenAI: empty means the default)</source>
        <translation>Die API-Adresse des Servers, z. B. http://localhost:8000/v1 (OpenAI: leer bedeutet Standard)</translation>
    </message>
    <message>
        <source>Your Azure OpenAI resource, e.g. https://my-resource.openai.azure.com</source>
        <translation>Ihre Azure-OpenAI-Ressource, z. B. https://my-resource.openai.azure.com</translation>
    </message>
    <message>
        <source>The Azure OpenAI api-version, e.g. 2025-04-01-preview or v1</source>
        <translation>Die api-version von Azure OpenAI, z. B. 2025-04-01-preview oder v1</translation>
    </message>
    <message>
        <source>One per line: model = deployment-name (used when an assistant names that model)</source>
        <translation>Eine pro Zeile: Modell = Deployment-Name (verwendet, wenn ein Assistent dieses Modell nennt)</translation>
    </message>
    <message>
        <source>Optional OpenAI organization id (org-…)</source>
        <translation>Optionale OpenAI-Organisations-ID (org-…)</translation>
    </message>
    <message>
        <source>Optional OpenAI project id (proj_…)</source>
        <translation>Optionale OpenAI-Projekt-ID (proj_…)</translation>
    </message>
    <message>
        <source>Optional HTTP(S) proxy every request of this profile goes through, e.g. http://proxy:3128</source>
        <translation>Optionaler HTTP(S)-Proxy, über den jede Anfrage dieses Profils läuft, z. B. http://proxy:3128</translation>
    </message>
    <message>
        <source>How many tokens of a thread each model is sent (older turns are left out beyond it); a model not listed gets a default. At least {minimum} tokens</source>
        <translation>Wie viele Tokens eines Threads jedes Modell erhält (ältere Beiträge fallen darüber hinaus weg); ein nicht aufgeführtes Modell erhält einen Standardwert. Mindestens {minimum} Tokens</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>optional, e.g. http://proxy.example.com:3128</source>
        <translation>optional, z. B. http://proxy.example.com:3128</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Who runs the server: fills in its address, whether it needs a key, and a backend it speaks</source>
        <translation>Wer den Server betreibt: füllt seine Adresse aus, ob er einen Schlüssel braucht und ein Backend, das er spricht</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Anbieter</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>List the server&apos;s models with this key, without saving anything</source>
        <translation>Die Modelle des Servers mit diesem Schlüssel auflisten, ohne etwas zu speichern</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>APIs the server speaks</source>
        <translation>APIs, die der Server spricht</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Speaks it</source>
        <translation>Spricht sie</translation>
    </message>
    <message>
        <source>{field} error</source>
        <translation>Fehler bei {field}</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show API key</source>
        <translation>API-Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the API key you typed</source>
        <translation>Den eingegebenen API-Schlüssel anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Where the API key is stored</source>
        <translation>Wo der API-Schlüssel gespeichert ist</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide API key</source>
        <translation>API-Schlüssel verbergen</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
</context>
<context>
    <name>ProfileFormViewModel</name>
    <message>
        <source>Paste the API key for this profile.</source>
        <translation>Fügen Sie den API-Schlüssel für dieses Profil ein.</translation>
    </message>
    <message>
        <source>Paste the API key for this profile (or set the OPENAI_API_KEY environment variable before starting).</source>
        <translation>Fügen Sie den API-Schlüssel für dieses Profil ein (oder setzen Sie vor dem Start die Umgebungsvariable OPENAI_API_KEY).</translation>
    </message>
    <message>
        <source>Optional: needed only if the server was started with a key</source>
        <translation>Optional: nur nötig, wenn der Server mit einem Schlüssel gestartet wurde</translation>
    </message>
    <message>
        <source>The offline demo needs no key</source>
        <translation>Die Offline-Demo braucht keinen Schlüssel</translation>
    </message>
    <message>
        <source>This server needs no key</source>
        <translation>Dieser Server braucht keinen Schlüssel</translation>
    </message>
    <message>
        <source>{server} needs no key</source>
        <translation>{server} braucht keinen Schlüssel</translation>
    </message>
    <message>
        <source>Will be stored in {keyring} when you save</source>
        <translation>Wird beim Speichern in {keyring} abgelegt</translation>
    </message>
    <message>
        <source>No secure keyring: the key can be used for this session only</source>
        <translation>Kein sicherer Schlüsselbund: Der Schlüssel kann nur für diese Sitzung verwendet werden</translation>
    </message>
    <message>
        <source>The API key contains spaces or line breaks; paste only the key itself.</source>
        <translation>Der API-Schlüssel enthält Leerzeichen oder Zeilenumbrüche; fügen Sie nur den Schlüssel selbst ein.</translation>
    </message>
    <message>
        <source>Fix the fields marked above first.</source>
        <translation>Beheben Sie zuerst die oben markierten Felder.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s) available ({models}).</source>
        <translation>
            <numerusform>Verbunden: %n Modell verfügbar ({models}).</numerusform>
            <numerusform>Verbunden: %n Modelle verfügbar ({models}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <source>Offline demo</source>
        <translation>Offline-Demo</translation>
    </message>
    <message>
        <source>built-in local server</source>
        <translation>eingebauter lokaler Server</translation>
    </message>
    <message>
        <source>API key: {key}</source>
        <translation>API-Schlüssel: {key}</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Selected profile</source>
        <translation>Gewähltes Profil</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a profile for OpenAI, Azure OpenAI or an OpenAI-compatible server</source>
        <translation>Ein Profil für OpenAI, Azure OpenAI oder einen OpenAI-kompatiblen Server hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected profile or its API key</source>
        <translation>Das gewählte Profil oder seinen API-Schlüssel ändern</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Copy the selected profile, including its key</source>
        <translation>Das gewählte Profil samt Schlüssel kopieren</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected profile and its API key</source>
        <translation>Das gewählte Profil und seinen API-Schlüssel löschen</translation>
    </message>
    <message>
        <source>Set a&amp;ctive</source>
        <translation>Als a&amp;ktiv festlegen</translation>
    </message>
    <message>
        <source>Use the selected profile for conversations from now on</source>
        <translation>Das gewählte Profil ab jetzt für Unterhaltungen verwenden</translation>
    </message>
    <message>
        <source>the built-in offline server</source>
        <translation>der eingebaute Offline-Server</translation>
    </message>
    <message>
        <source>API key: {key}</source>
        <translation>API-Schlüssel: {key}</translation>
    </message>
</context>
<context>
    <name>ProfilesViewModel</name>
    <message>
        <source>not needed</source>
        <translation>nicht nötig</translation>
    </message>
    <message>
        <source>The profile was not saved.</source>
        <translation>Das Profil wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The profile could not be activated.</source>
        <translation>Das Profil konnte nicht aktiviert werden.</translation>
    </message>
    <message>
        <source>The profile was not activated.</source>
        <translation>Das Profil wurde nicht aktiviert.</translation>
    </message>
    <message>
        <source>The key was not copied.</source>
        <translation>Der Schlüssel wurde nicht kopiert.</translation>
    </message>
    <message>
        <source>The copy was not saved.</source>
        <translation>Die Kopie wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The key was not deleted.</source>
        <translation>Der Schlüssel wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>The profile was not deleted.</source>
        <translation>Das Profil wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>The next profile could not be activated.</source>
        <translation>Das nächste Profil konnte nicht aktiviert werden.</translation>
    </message>
</context>
<context>
    <name>PromptButton</name>
    <message>
        <source>Send: {text}</source>
        <translation>Senden: {text}</translation>
    </message>
    <message>
        <source>Send this message</source>
        <translation>Diese Nachricht senden</translation>
    </message>
</context>
<context>
    <name>PromptDialogs</name>
    <message>
        <source>Delete prompt</source>
        <translation>Prompt löschen</translation>
    </message>
    <message>
        <source>Delete the prompt “{title}”?</source>
        <translation>Den Prompt „{title}“ löschen?</translation>
    </message>
    <message>
        <source>It is removed from the library. An exported copy can bring it back.</source>
        <translation>Er wird aus der Bibliothek entfernt. Mit einer exportierten Kopie lässt er sich zurückholen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Export prompts</source>
        <translation>Prompts exportieren</translation>
    </message>
    <message>
        <source>BelugaDesk prompts (*.json)</source>
        <translation>BelugaDesk-Prompts (*.json)</translation>
    </message>
    <message>
        <source>Import prompts</source>
        <translation>Prompts importieren</translation>
    </message>
</context>
<context>
    <name>PromptEditDialog</name>
    <message>
        <source>Edit prompt</source>
        <translation>Prompt bearbeiten</translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation>Neuer Prompt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation>Prompt-Text</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>writing, code</source>
        <translation>Schreiben, Code</translation>
    </message>
    <message>
        <source>Write {{name}} for a blank filled in when the prompt is inserted, {{name|default}} to give it a default, and \{{ for two literal braces. Tags are separated by commas.</source>
        <translation>Schreiben Sie {{name}} für eine Lücke, die beim Einfügen des Prompts ausgefüllt wird, {{name|default}}, um ihr einen Standardwert zu geben, und \{{ für zwei wörtliche geschweifte Klammern. Tags werden durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>T&amp;ags:</translation>
    </message>
    <message>
        <source>Save prompt</source>
        <translation>Prompt speichern</translation>
    </message>
</context>
<context>
    <name>PromptLibrary</name>
    <message>
        <source>The file {path} could not be written ({reason}).</source>
        <translation>Die Datei {path} konnte nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>The file {name} is too large to be a prompt library.</source>
        <translation>Die Datei {name} ist zu groß für eine Prompt-Bibliothek.</translation>
    </message>
    <message>
        <source>The file {name} is not a BelugaDesk prompt library: it is not UTF-8 text.</source>
        <translation>Die Datei {name} ist keine BelugaDesk-Prompt-Bibliothek: Sie ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>The file {path} could not be read ({reason}).</source>
        <translation>Die Datei {path} konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>The prompt library could not be read.</source>
        <translation>Die Prompt-Bibliothek konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The prompt was not saved.</source>
        <translation>Der Prompt wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The prompt was not deleted.</source>
        <translation>Der Prompt wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>The prompt could not be inserted.</source>
        <translation>Der Prompt konnte nicht eingefügt werden.</translation>
    </message>
    <message>
        <source>The prompts were not exported.</source>
        <translation>Die Prompts wurden nicht exportiert.</translation>
    </message>
    <message>
        <source>Prompts not exported</source>
        <translation>Prompts nicht exportiert</translation>
    </message>
    <message>
        <source>The prompts were not imported.</source>
        <translation>Die Prompts wurden nicht importiert.</translation>
    </message>
    <message>
        <source>The file {name}</source>
        <translation>Die Datei {name}</translation>
    </message>
    <message>
        <source>Prompts not imported</source>
        <translation>Prompts nicht importiert</translation>
    </message>
</context>
<context>
    <name>PromptLibraryDialog</name>
    <message>
        <source>Prompt library</source>
        <translation>Prompt-Bibliothek</translation>
    </message>
    <message>
        <source>Search prompts</source>
        <translation>Prompts durchsuchen</translation>
    </message>
    <message>
        <source>Search titles, text and tags</source>
        <translation>Titel, Text und Tags durchsuchen</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation>Prompt-Text</translation>
    </message>
    <message>
        <source>Tags of the prompt</source>
        <translation>Tags des Prompts</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation>Einen Prompt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the prompt</source>
        <translation>Den Prompt bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the prompt</source>
        <translation>Den Prompt löschen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import prompts</source>
        <translation>Prompts importieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export prompts</source>
        <translation>Prompts exportieren</translation>
    </message>
    <message>
        <source>I&amp;nsert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Insert into the message box</source>
        <translation>In das Eingabefeld einfügen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the prompt library</source>
        <translation>Die Prompt-Bibliothek schließen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Tags: {tags}</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Keine Tags</translation>
    </message>
</context>
<context>
    <name>PromptLibraryViewModel</name>
    <message numerus="yes">
        <source>Exported %n prompt(s) to {path}</source>
        <translation>
            <numerusform>%n Prompt nach {path} exportiert</numerusform>
            <numerusform>%n Prompts nach {path} exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n prompt(s)</source>
        <translation>
            <numerusform>%n Prompt hinzugefügt</numerusform>
            <numerusform>%n Prompts hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n already in the library</source>
        <translation>
            <numerusform>%n war bereits in der Bibliothek und wurde übersprungen</numerusform>
            <numerusform>%n waren bereits in der Bibliothek und wurden übersprungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickAskViewModel</name>
    <message>
        <source>The quick-ask window could not start over.</source>
        <translation>Das Schnellfrage-Fenster konnte nicht neu beginnen.</translation>
    </message>
    <message>
        <source>Ask something first: there is no conversation to move yet.</source>
        <translation>Stellen Sie zuerst eine Frage: Es gibt noch keine Unterhaltung, die verschoben werden kann.</translation>
    </message>
    <message>
        <source>Wait until the reply is written (or stop it), then open the thread in the main window.</source>
        <translation>Warten Sie, bis die Antwort geschrieben ist (oder halten Sie sie an), und öffnen Sie dann den Thread im Hauptfenster.</translation>
    </message>
</context>
<context>
    <name>QuickAskWindow</name>
    <message>
        <source>Quick ask — {app}</source>
        <translation>Schnellfrage — {app}</translation>
    </message>
    <message>
        <source>Quick ask</source>
        <translation>Schnellfrage</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Open in main window</source>
        <translation>Im Hauptfenster öffnen</translation>
    </message>
    <message>
        <source>Continue this conversation in the main window (Ctrl+O)</source>
        <translation>Diese Unterhaltung im Hauptfenster fortsetzen (Strg+O)</translation>
    </message>
    <message>
        <source>Hide quick ask</source>
        <translation>Schnellfrage ausblenden</translation>
    </message>
    <message>
        <source>Hide this window; the conversation stays (Esc)</source>
        <translation>Dieses Fenster ausblenden; die Unterhaltung bleibt erhalten (Esc)</translation>
    </message>
    <message>
        <source>Hide quick ask (stops a reply first)</source>
        <translation>Schnellfrage ausblenden (hält zuerst eine laufende Antwort an)</translation>
    </message>
    <message>
        <source>Quick ask · {assistant}</source>
        <translation>Schnellfrage · {assistant}</translation>
    </message>
</context>
<context>
    <name>RemoteAssistantModel</name>
    <message>
        <source>{assistant} — already imported</source>
        <translation>{assistant} — bereits importiert</translation>
    </message>
</context>
<context>
    <name>RemoteImportDialog</name>
    <message>
        <source>Import assistants from the server</source>
        <translation>Assistenten vom Server importieren</translation>
    </message>
    <message>
        <source>Tick the assistants to import. Ones already imported are greyed out.</source>
        <translation>Haken Sie die zu importierenden Assistenten an. Bereits importierte sind ausgegraut.</translation>
    </message>
    <message>
        <source>Server assistants</source>
        <translation>Assistenten des Servers</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected assistant</source>
        <translation>Leertaste hakt den gewählten Assistenten an oder ab</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <source>Load more assistants</source>
        <translation>Mehr Assistenten laden</translation>
    </message>
    <message>
        <source>Fetch the next page of the server&apos;s assistants</source>
        <translation>Die nächste Seite der Assistenten des Servers abrufen</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Importstatus</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import the ticked assistants</source>
        <translation>Die angehakten Assistenten importieren</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The server has no assistants for this profile.</source>
        <translation>Der Server hat keine Assistenten für dieses Profil.</translation>
    </message>
    <message>
        <source>{ticked} ticked.</source>
        <translation>{ticked} angehakt.</translation>
    </message>
</context>
<context>
    <name>RemoteImportViewModel</name>
    <message>
        <source>Could not list the server&apos;s assistants.</source>
        <translation>Die Assistenten des Servers konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Could not import.</source>
        <translation>Import nicht möglich.</translation>
    </message>
</context>
<context>
    <name>RemoteMcpEditor</name>
    <message>
        <source>all tools</source>
        <translation>alle Werkzeuge</translation>
    </message>
    <message>
        <source>asks before each call</source>
        <translation>fragt vor jedem Aufruf</translation>
    </message>
    <message>
        <source>runs calls without asking</source>
        <translation>führt Aufrufe ohne Nachfrage aus</translation>
    </message>
    <message>
        <source>Remote MCP &amp;servers (the API calls them itself)</source>
        <translation>Remote-MCP-&amp;Server (die API ruft sie selbst auf)</translation>
    </message>
    <message>
        <source>Remote MCP servers of this assistant</source>
        <translation>Remote-MCP-Server dieses Assistenten</translation>
    </message>
    <message>
        <source>Remote server label</source>
        <translation>Bezeichnung des Remote-Servers</translation>
    </message>
    <message>
        <source>Remote server URL</source>
        <translation>URL des Remote-Servers</translation>
    </message>
    <message>
        <source>Allowed tools of the remote server</source>
        <translation>Erlaubte Werkzeuge des Remote-Servers</translation>
    </message>
    <message>
        <source>Tool names separated by commas or lines; empty: all its tools</source>
        <translation>Werkzeugnamen, getrennt durch Kommas oder Zeilen; leer: alle Werkzeuge</translation>
    </message>
    <message>
        <source>Empty: all its tools. Or names separated by commas or lines.</source>
        <translation>Leer: alle Werkzeuge. Oder Namen, getrennt durch Kommas oder Zeilen.</translation>
    </message>
    <message>
        <source>Ask before each call</source>
        <translation>Vor jedem Aufruf fragen</translation>
    </message>
    <message>
        <source>Ask before each call of the remote server</source>
        <translation>Vor jedem Aufruf des Remote-Servers fragen</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>Add remote server</source>
        <translation>Remote-Server hinzufügen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Save changes to the selected remote server</source>
        <translation>Änderungen am gewählten Remote-Server speichern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected remote server</source>
        <translation>Den gewählten Remote-Server entfernen</translation>
    </message>
    <message>
        <source>Remote server problem</source>
        <translation>Problem mit dem Remote-Server</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Allowed tools</source>
        <translation>Erlaubte Werkzeuge</translation>
    </message>
    <message>
        <source>Why remote MCP servers are unavailable</source>
        <translation>Warum Remote-MCP-Server nicht verfügbar sind</translation>
    </message>
</context>
<context>
    <name>ReplyRun</name>
    <message>
        <source>Queued…</source>
        <translation>In der Warteschlange…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Schreibt…</translation>
    </message>
    <message>
        <source>Calling a tool…</source>
        <translation>Ein Werkzeug wird aufgerufen…</translation>
    </message>
    <message>
        <source>Waiting for a tool&apos;s output…</source>
        <translation>Warten auf die Ausgabe eines Werkzeugs…</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Starting the assistant&apos;s tools…</source>
        <extracomment>the MCP tools a reply of an assistant offers (listed from its granted servers) asks the person whether an MCP tool call may run (None: the question was taken back) saves an assistant whose grants changed (&quot;Always allow this tool&quot;) added to the assistant&apos;s instructions on every request of this reply (the thread&apos;s folder&apos;s) Stop came before the server took the request (the question goes back to the input)</extracomment>
        <translation>Die Werkzeuge des Assistenten werden gestartet…</translation>
    </message>
    <message>
        <source>Sending the tool output…</source>
        <translation>Die Werkzeugausgabe wird gesendet…</translation>
    </message>
    <message>
        <source>Running {name}…</source>
        <translation>{name} wird ausgeführt…</translation>
    </message>
    <message>
        <source>Waiting for the output of {name}…</source>
        <translation>Warten auf die Ausgabe von {name}…</translation>
    </message>
    <message>
        <source>Running {name} on {server_name}…</source>
        <translation>{name} wird auf {server_name} ausgeführt…</translation>
    </message>
    <message>
        <source>Waiting for your approval of {tool_name}…</source>
        <translation>Warten auf Ihre Freigabe von {tool_name}…</translation>
    </message>
    <message>
        <source>Nobody could be asked to approve it.</source>
        <translation>Niemand konnte um Freigabe gebeten werden.</translation>
    </message>
</context>
<context>
    <name>S:</name>
    <message>
        <source></source>
        <comment>a Qt date format (MMM = the month&apos;s short name, d = the day): &quot;Nov 3&quot;</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>SamplingControl</name>
    <message>
        <source>Model default</source>
        <translation>Modellstandard</translation>
    </message>
    <message>
        <source>{label}: use the model&apos;s default</source>
        <translation>{label}: Standardwert des Modells verwenden</translation>
    </message>
    <message>
        <source>Leave {label} unset so the model&apos;s default applies</source>
        <translation>{label} nicht setzen, damit der Standardwert des Modells gilt</translation>
    </message>
    <message>
        <source>{label} slider</source>
        <translation>Schieberegler {label}</translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <source>Validate</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Validate {label}</source>
        <translation>{label} prüfen</translation>
    </message>
    <message>
        <source>Check that this is valid JSON and a valid JSON schema</source>
        <translation>Prüfen, ob dies gültiges JSON und ein gültiges JSON-Schema ist</translation>
    </message>
    <message>
        <source>Insert template</source>
        <translation>Vorlage einfügen</translation>
    </message>
    <message>
        <source>Insert a template into {label}</source>
        <translation>Eine Vorlage in {label} einfügen</translation>
    </message>
    <message>
        <source>Replace the text with an example schema to start from</source>
        <translation>Den Text durch ein Beispielschema ersetzen, mit dem man beginnen kann</translation>
    </message>
    <message>
        <source>{label} check result</source>
        <translation>Prüfergebnis für {label}</translation>
    </message>
</context>
<context>
    <name>ServerBlock</name>
    <message>
        <source>{name}: all its tools</source>
        <translation>{name}: alle Werkzeuge</translation>
    </message>
    <message>
        <source>Use all tools of {name}</source>
        <translation>Alle Werkzeuge von {name} verwenden</translation>
    </message>
    <message>
        <source>The assistant may use every tool this server offers, now and later</source>
        <translation>Der Assistent darf jedes Werkzeug dieses Servers verwenden, jetzt und künftig</translation>
    </message>
    <message>
        <source>Show tools</source>
        <translation>Werkzeuge anzeigen</translation>
    </message>
    <message>
        <source>Show the tools of {name}</source>
        <translation>Die Werkzeuge von {name} anzeigen</translation>
    </message>
    <message>
        <source>Lists the server&apos;s tools; this starts the server if it is not running</source>
        <translation>Listet die Werkzeuge des Servers auf; startet den Server, falls er nicht läuft</translation>
    </message>
    <message>
        <source>Run read-only tools without asking</source>
        <translation>Schreibgeschützte Werkzeuge ohne Nachfrage ausführen</translation>
    </message>
    <message>
        <source>Run read-only tools of {name} without asking</source>
        <translation>Schreibgeschützte Werkzeuge von {name} ohne Nachfrage ausführen</translation>
    </message>
    <message>
        <source>Tools the server marks as read-only run without asking for approval</source>
        <translation>Werkzeuge, die der Server als schreibgeschützt kennzeichnet, laufen ohne Freigabe</translation>
    </message>
    <message>
        <source>Tools of {name}</source>
        <translation>Werkzeuge von {name}</translation>
    </message>
    <message>
        <source>Show tools to choose single tools (this starts the server).</source>
        <translation>„Werkzeuge anzeigen“ wählen, um einzelne Werkzeuge auszuwählen (startet den Server).</translation>
    </message>
    <message>
        <source>Starting the server and listing its tools…</source>
        <translation>Der Server wird gestartet und seine Werkzeuge werden aufgelistet…</translation>
    </message>
    <message>
        <source>It lists no tools.</source>
        <translation>Er bietet keine Werkzeuge an.</translation>
    </message>
</context>
<context>
    <name>ServerTableModel</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Local program</source>
        <translation>Lokales Programm</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Einstellungsbereiche</translation>
    </message>
    <message>
        <source>Choose a section (Up and Down keys)</source>
        <translation>Einen Bereich wählen (Pfeiltasten hoch und runter)</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>{title} settings</source>
        <translation>Einstellungen für {title}</translation>
    </message>
    <message>
        <source>Settings section</source>
        <translation>Einstellungsbereich</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Nach Aktion oder Taste filtern</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
</context>
<context>
    <name>SidePane</name>
    <message>
        <source>Sidebar</source>
        <translation>Seitenleiste</translation>
    </message>
</context>
<context>
    <name>SlashPicker</name>
    <message>
        <source>Saved prompts</source>
        <translation>Gespeicherte Prompts</translation>
    </message>
    <message>
        <source>Up and Down choose, Enter inserts, Esc closes</source>
        <translation>Pfeiltasten wählen, Eingabe fügt ein, Esc schließt</translation>
    </message>
</context>
<context>
    <name>SourceWords</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message>
        <source>▾ Hide sources</source>
        <translation>▾ Quellen ausblenden</translation>
    </message>
    <message>
        <source>▸ Show sources</source>
        <translation>▸ Quellen anzeigen</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync shares your threads list, assistants and the messages of threads kept only on this computer through a folder that a sync tool you already use (Syncthing, Nextcloud, Dropbox, iCloud Drive, OneDrive, a network share) copies between your devices. No server of ours; API keys never go there.</source>
        <translation>Die Synchronisierung teilt Ihre Thread-Liste, Ihre Assistenten und die Nachrichten der nur auf diesem Computer gespeicherten Threads über einen Ordner, den ein bereits genutztes Synchronisierungswerkzeug (Syncthing, Nextcloud, Dropbox, iCloud Drive, OneDrive, eine Netzwerkfreigabe) zwischen Ihren Geräten kopiert. Kein Server von uns; API-Schlüssel gelangen nie dorthin.</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Synchronisierungsordner</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Den Synchronisierungsordner wählen</translation>
    </message>
    <message>
        <source>This device&apos;s name</source>
        <translation>Name dieses Geräts</translation>
    </message>
    <message>
        <source>How the other devices list this one</source>
        <translation>Wie die anderen Geräte dieses aufführen</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Stop sharing changes for now</source>
        <translation>Vorerst keine Änderungen mehr teilen</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Check the folder now</source>
        <translation>Den Ordner jetzt prüfen</translation>
    </message>
    <message>
        <source>&amp;Leave sync</source>
        <translation>Synchronisierung &amp;verlassen</translation>
    </message>
    <message>
        <source>Stop syncing this computer; its data stays</source>
        <translation>Diesen Computer nicht mehr synchronisieren; seine Daten bleiben</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>This &amp;device</source>
        <translation>Dieses &amp;Gerät</translation>
    </message>
    <message>
        <source>Not syncing</source>
        <translation>Keine Synchronisierung</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>{name} (this device)</source>
        <translation>{name} (dieses Gerät)</translation>
    </message>
    <message>
        <source>{name} — last update {when}</source>
        <translation>{name} — letzte Aktualisierung {when}</translation>
    </message>
</context>
<context>
    <name>SyncQuestions</name>
    <message>
        <source>Choose the sync folder</source>
        <translation>Den Synchronisierungsordner wählen</translation>
    </message>
    <message>
        <source>Leave sync</source>
        <translation>Synchronisierung verlassen</translation>
    </message>
    <message>
        <source>Stop syncing this computer?</source>
        <translation>Diesen Computer nicht mehr synchronisieren?</translation>
    </message>
    <message>
        <source>Everything stays here, and the other devices keep what this one shared. Changes made from now on are not shared.</source>
        <translation>Alles bleibt hier, und die anderen Geräte behalten, was dieses geteilt hat. Ab jetzt vorgenommene Änderungen werden nicht geteilt.</translation>
    </message>
    <message>
        <source>&amp;Leave sync</source>
        <translation>Synchronisierung &amp;verlassen</translation>
    </message>
</context>
<context>
    <name>SyncSession</name>
    <message>
        <source>Sync is waiting: {reason}</source>
        <extracomment>a check this often, in case the file watcher hears nothing (network shares often do not tell) a check this long after the last change the watcher heard (a sync tool writes a few files at once)</extracomment>
        <translation>Die Synchronisierung wartet: {reason}</translation>
    </message>
    <message>
        <source>Sync is waiting: the sync folder could not be read or written ({reason}).</source>
        <translation>Die Synchronisierung wartet: Der Synchronisierungsordner konnte nicht gelesen oder beschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>Up to date; last checked at {time}.</source>
        <translation>Auf dem neuesten Stand; zuletzt geprüft um {time}.</translation>
    </message>
    <message>
        <source>Some changes from other devices are still arriving.</source>
        <translation>Einige Änderungen von anderen Geräten treffen noch ein.</translation>
    </message>
    <message>
        <source>Items edited here were deleted on another device; your edits are kept in the backup {path}.</source>
        <translation>Hier bearbeitete Elemente wurden auf einem anderen Gerät gelöscht; Ihre Änderungen sind in der Sicherung {path} aufbewahrt.</translation>
    </message>
    <message>
        <source>Sync is off. Choose a folder that your sync tool replicates to turn it on.</source>
        <translation>Die Synchronisierung ist aus. Wählen Sie einen Ordner, den Ihr Synchronisierungswerkzeug repliziert, um sie einzuschalten.</translation>
    </message>
    <message>
        <source>Sync is paused. Changes are kept here and shared when you resume.</source>
        <translation>Die Synchronisierung ist pausiert. Änderungen bleiben hier und werden geteilt, wenn Sie fortsetzen.</translation>
    </message>
    <message>
        <source>Syncing through {folder}…</source>
        <translation>Synchronisierung über {folder}…</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
</context>
<context>
    <name>ThreadActionsViewModel</name>
    <message>
        <source>This thread belongs to another profile, so its server copy can only be deleted with that profile&apos;s key.</source>
        <translation>Dieser Thread gehört zu einem anderen Profil; seine Kopie auf dem Server kann nur mit dem Schlüssel jenes Profils gelöscht werden.</translation>
    </message>
    <message>
        <source>Thread not deleted</source>
        <translation>Thread nicht gelöscht</translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation>„{title}“ gelöscht</translation>
    </message>
    <message>
        <source>Thread not exported</source>
        <translation>Thread nicht exportiert</translation>
    </message>
    <message>
        <source>Exported “{title}” to {path}</source>
        <translation>„{title}“ nach {path} exportiert</translation>
    </message>
    <message>
        <source>Thread not imported</source>
        <translation>Thread nicht importiert</translation>
    </message>
    <message>
        <source>Stop the reply being written before deleting this thread.</source>
        <translation>Halten Sie die entstehende Antwort an, bevor Sie diesen Thread löschen.</translation>
    </message>
    <message>
        <source>The local copy could not be deleted.</source>
        <translation>Die lokale Kopie konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The thread was not exported.</source>
        <translation>Der Thread wurde nicht exportiert.</translation>
    </message>
    <message>
        <source>{name} was not imported.</source>
        <translation>{name} wurde nicht importiert.</translation>
    </message>
</context>
<context>
    <name>ThreadBanner</name>
    <message>
        <source>Thread notice</source>
        <translation>Thread-Hinweis</translation>
    </message>
</context>
<context>
    <name>ThreadDelegate</name>
    <message>
        <source>not on server</source>
        <translation>nicht auf dem Server</translation>
    </message>
    <message>
        <source>Thread title</source>
        <translation>Thread-Titel</translation>
    </message>
    <message>
        <source>Type a new title; Enter saves, Esc cancels</source>
        <translation>Neuen Titel eingeben; Eingabe speichert, Esc bricht ab</translation>
    </message>
</context>
<context>
    <name>ThreadDialogs</name>
    <message>
        <source>Delete local copy only</source>
        <translation>Nur lokale Kopie löschen</translation>
    </message>
    <message>
        <source>BelugaDesk thread (*.json)</source>
        <translation>BelugaDesk-Thread (*.json)</translation>
    </message>
    <message>
        <source>Delete thread</source>
        <translation>Thread löschen</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>„{title}“ löschen?</translation>
    </message>
    <message>
        <source>on the server and on this computer</source>
        <translation>auf dem Server und auf diesem Computer</translation>
    </message>
    <message>
        <source>here</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>The thread is deleted {where}. This cannot be undone; Archive keeps it instead.</source>
        <translation>Der Thread wird {where} gelöscht. Das lässt sich nicht rückgängig machen; „Archivieren“ behält ihn stattdessen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Thread not deleted</source>
        <translation>Thread nicht gelöscht</translation>
    </message>
    <message>
        <source>“{title}” could not be deleted on the server; the local copy was kept.</source>
        <translation>„{title}“ konnte auf dem Server nicht gelöscht werden; die lokale Kopie wurde behalten.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export thread</source>
        <translation>Thread exportieren</translation>
    </message>
    <message>
        <source>Import thread from JSON</source>
        <translation>Thread aus JSON importieren</translation>
    </message>
</context>
<context>
    <name>ThreadFiles</name>
    <message>
        <source>The file {path} could not be written ({error}).</source>
        <extracomment>why the server&apos;s copy could not be deleted (the local copy was kept); &quot;&quot; when deleted</extracomment>
        <translation>Die Datei {path} konnte nicht geschrieben werden ({error}).</translation>
    </message>
    <message>
        <source>The file {path} is too large to be a thread export.</source>
        <translation>Die Datei {path} ist zu groß für einen Thread-Export.</translation>
    </message>
    <message>
        <source>The file {path} could not be read ({error}).</source>
        <translation>Die Datei {path} konnte nicht gelesen werden ({error}).</translation>
    </message>
</context>
<context>
    <name>ThreadGroup</name>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
</context>
<context>
    <name>ThreadListModel</name>
    <message>
        <source>Deleted on the server; the local copy is kept.</source>
        <translation>Auf dem Server gelöscht; die lokale Kopie bleibt erhalten.</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <extracomment>the MIME type of threads dragged from the list: their local ids, one per line (UTF-8) an inline edit (F2) asked for a new title: (thread id, title); the view-model persists it</extracomment>
        <translation>Aktualisiert {time}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} Min.</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} Std.</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>No matches for “{query}”</source>
        <translation>Keine Treffer für „{query}“</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>match: {snippet}</source>
        <translation>Treffer: {snippet}</translation>
    </message>
    <message>
        <source>title matches</source>
        <translation>Titel passt</translation>
    </message>
    <message>
        <source>updated {time}</source>
        <translation>aktualisiert {time}</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>angeheftet</translation>
    </message>
    <message>
        <source>deleted on the server</source>
        <translation>auf dem Server gelöscht</translation>
    </message>
</context>
<context>
    <name>ThreadListPanel</name>
    <message>
        <source>Search threads</source>
        <translation>Threads durchsuchen</translation>
    </message>
    <message>
        <source>Search every thread&apos;s title and messages (Ctrl+K)</source>
        <translation>Titel und Nachrichten aller Threads durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation>Suchen (Strg+K)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Show thread filters</source>
        <translation>Thread-Filter anzeigen</translation>
    </message>
    <message>
        <source>Filter the threads by assistant, or also list archived ones</source>
        <translation>Threads nach Assistent filtern oder auch archivierte anzeigen</translation>
    </message>
    <message>
        <source>Filter threads by assistant</source>
        <translation>Threads nach Assistent filtern</translation>
    </message>
    <message>
        <source>Show the threads of one assistant only</source>
        <translation>Nur die Threads eines Assistenten anzeigen</translation>
    </message>
    <message>
        <source>Show arc&amp;hived</source>
        <translation>Arc&amp;hivierte anzeigen</translation>
    </message>
    <message>
        <source>Show archived threads</source>
        <translation>Archivierte Threads anzeigen</translation>
    </message>
    <message>
        <source>Also list archived threads (in their own group)</source>
        <translation>Auch archivierte Threads anzeigen (in einer eigenen Gruppe)</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Thread list problem</source>
        <translation>Problem mit der Thread-Liste</translation>
    </message>
    <message>
        <source>&amp;Search threads</source>
        <translation>Threads &amp;durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Open thread by id…</source>
        <translation>Thread per ID ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Import thread from JSON…</source>
        <translation>Thread aus JSON &amp;importieren…</translation>
    </message>
    <message>
        <source>Mo&amp;ve to folder…</source>
        <translation>In &amp;Ordner verschieben…</translation>
    </message>
    <message>
        <source>Move the selected (or open) thread to a folder</source>
        <translation>Den ausgewählten (oder geöffneten) Thread in einen Ordner verschieben</translation>
    </message>
    <message>
        <source>&amp;Threads</source>
        <translation>&amp;Threads</translation>
    </message>
    <message>
        <source>Thread actions</source>
        <translation>Thread-Aktionen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Anheften</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Aus Archiv &amp;holen</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>&amp;Copy remote id</source>
        <translation>Remote-ID &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Copied {id}</source>
        <translation>{id} kopiert</translation>
    </message>
    <message>
        <source>All assistants</source>
        <translation>Alle Assistenten</translation>
    </message>
</context>
<context>
    <name>ThreadListView</name>
    <message>
        <source>Open the thread</source>
        <translation>Den Thread öffnen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Pin or unpin</source>
        <translation>Anheften oder lösen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Strg+Umschalt+P</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Thread menu (export, archive, …)</source>
        <translation>Thread-Menü (exportieren, archivieren, …)</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10</source>
        <translation>Menütaste oder Umschalt+F10</translation>
    </message>
</context>
<context>
    <name>ThreadListViewModel</name>
    <message>
        <source>The thread list could not be loaded.</source>
        <extracomment>only the threads in these folders (an empty list: in no folder; None: every thread)</extracomment>
        <translation>Die Thread-Liste konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Search failed.</source>
        <translation>Die Suche ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The thread could not be changed.</source>
        <translation>Der Thread konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>A thread needs a title.</source>
        <translation>Ein Thread braucht einen Titel.</translation>
    </message>
</context>
<context>
    <name>ThreadResumeViewModel</name>
    <message>
        <source>This thread no longer exists on the server; the local copy is kept.</source>
        <translation>Dieser Thread existiert nicht mehr auf dem Server; die lokale Kopie bleibt erhalten.</translation>
    </message>
    <message>
        <source>This thread belongs to another profile, so it is shown read-only from the local copy: this profile&apos;s key cannot continue it. Switch to that profile to continue it.</source>
        <translation>Dieser Thread gehört zu einem anderen Profil und wird daher schreibgeschützt aus der lokalen Kopie angezeigt: Der Schlüssel dieses Profils kann ihn nicht fortsetzen. Wechseln Sie zu jenem Profil, um ihn fortzusetzen.</translation>
    </message>
    <message>
        <source>This is a local copy with no thread on the server (for example an imported duplicate), so it can be read but not continued.</source>
        <translation>Dies ist eine lokale Kopie ohne Thread auf dem Server (zum Beispiel ein importiertes Duplikat); sie kann gelesen, aber nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>This thread was made with the {backend} API, so it is shown read-only from the local copy: the active profile uses the {active} API.</source>
        <translation>Dieser Thread wurde mit der {backend}-API erstellt und wird daher schreibgeschützt aus der lokalen Kopie angezeigt: Das aktive Profil verwendet die {active}-API.</translation>
    </message>
    <message>
        <source>Paste a thread id.</source>
        <translation>Fügen Sie eine Thread-ID ein.</translation>
    </message>
    <message>
        <source>A thread id has no spaces.</source>
        <translation>Eine Thread-ID enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>“{text}” is an id of the {other} API; the active profile uses the {active} API, whose thread ids start with “{prefix}”.</source>
        <translation>„{text}“ ist eine ID der {other}-API; das aktive Profil verwendet die {active}-API, deren Thread-IDs mit „{prefix}“ beginnen.</translation>
    </message>
    <message>
        <source>A {api} API thread id starts with “{prefix}” (for example {prefix}abc123).</source>
        <translation>Eine Thread-ID der {api}-API beginnt mit „{prefix}“ (zum Beispiel {prefix}abc123).</translation>
    </message>
    <message>
        <source>The history could not be reloaded from the server; showing the local copy. {error}</source>
        <translation>Der Verlauf konnte nicht vom Server neu geladen werden; die lokale Kopie wird angezeigt. {error}</translation>
    </message>
    <message>
        <source>The history could not be saved.</source>
        <translation>Der Verlauf konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>{error} Showing the local copy.</source>
        <translation>{error} Die lokale Kopie wird angezeigt.</translation>
    </message>
    <message>
        <source>Thread not opened</source>
        <translation>Thread nicht geöffnet</translation>
    </message>
    <message>
        <source>The thread {remote_id} could not be opened.</source>
        <translation>Der Thread {remote_id} konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Thread {remote_id}</source>
        <translation>Thread {remote_id}</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
</context>
<context>
    <name>ToolApprovalDialog</name>
    <message>
        <source>Run {tool_name}?</source>
        <translation>{tool_name} ausführen?</translation>
    </message>
    <message>
        <source>Approve a tool call</source>
        <translation>Einen Werkzeugaufruf freigeben</translation>
    </message>
    <message>
        <source>The assistant wants to run &lt;b&gt;{tool}&lt;/b&gt; on the remote MCP server &lt;b&gt;{server}&lt;/b&gt;.</source>
        <translation>Der Assistent möchte &lt;b&gt;{tool}&lt;/b&gt; auf dem Remote-MCP-Server &lt;b&gt;{server}&lt;/b&gt; ausführen.</translation>
    </message>
    <message>
        <source>The assistant wants to run &lt;b&gt;{tool}&lt;/b&gt; on the MCP server &lt;b&gt;{server}&lt;/b&gt;.</source>
        <translation>Der Assistent möchte &lt;b&gt;{tool}&lt;/b&gt; auf dem MCP-Server &lt;b&gt;{server}&lt;/b&gt; ausführen.</translation>
    </message>
    <message>
        <source>The server says this tool only reads.</source>
        <translation>Laut Server liest dieses Werkzeug nur.</translation>
    </message>
    <message>
        <source>What the assistant wants to run</source>
        <translation>Was der Assistent ausführen möchte</translation>
    </message>
    <message>
        <source>&amp;Arguments (you may edit them)</source>
        <translation>&amp;Argumente (können bearbeitet werden)</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Arguments check</source>
        <translation>Prüfung der Argumente</translation>
    </message>
    <message>
        <source>&amp;Message to the assistant if you deny (optional)</source>
        <translation>&amp;Nachricht an den Assistenten bei Ablehnung (optional)</translation>
    </message>
    <message>
        <source>Message to the assistant</source>
        <translation>Nachricht an den Assistenten</translation>
    </message>
    <message>
        <source>Allow &amp;once</source>
        <translation>&amp;Einmal erlauben</translation>
    </message>
    <message>
        <source>Run this call</source>
        <translation>Diesen Aufruf ausführen</translation>
    </message>
    <message>
        <source>Allow for this &amp;thread</source>
        <translation>Für diesen &amp;Thread erlauben</translation>
    </message>
    <message>
        <source>Run this tool&apos;s calls in this conversation without asking</source>
        <translation>Aufrufe dieses Werkzeugs in dieser Unterhaltung ohne Nachfrage ausführen</translation>
    </message>
    <message>
        <source>Al&amp;ways allow this tool</source>
        <translation>Dieses Werkzeug &amp;immer erlauben</translation>
    </message>
    <message>
        <source>Never ask again for this tool (saved in the assistant)</source>
        <translation>Für dieses Werkzeug nie wieder fragen (im Assistenten gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;Verweigern</translation>
    </message>
    <message>
        <source>Do not run it; the assistant is told</source>
        <translation>Nicht ausführen; der Assistent wird informiert</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>Gültiges JSON.</translation>
    </message>
</context>
<context>
    <name>ToolOutputDialog</name>
    <message>
        <source>Type or paste the output the function returned.</source>
        <translation>Geben Sie die Ausgabe der Funktion ein oder fügen Sie sie ein.</translation>
    </message>
    <message>
        <source>Not valid JSON ({problem}, line {line}); it will be sent as plain text.</source>
        <translation>Kein gültiges JSON ({problem}, Zeile {line}); es wird als reiner Text gesendet.</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>Gültiges JSON.</translation>
    </message>
    <message>
        <source>Output of {name}</source>
        <translation>Ausgabe von {name}</translation>
    </message>
    <message>
        <source>Function call output</source>
        <translation>Ausgabe des Funktionsaufrufs</translation>
    </message>
    <message>
        <source>The assistant called the function &lt;b&gt;{name}&lt;/b&gt;. Run it yourself and give its output; the reply continues with it.</source>
        <translation>Der Assistent hat die Funktion &lt;b&gt;{name}&lt;/b&gt; aufgerufen. Führen Sie sie selbst aus und geben Sie ihre Ausgabe an; die Antwort wird damit fortgesetzt.</translation>
    </message>
    <message>
        <source>&amp;Arguments</source>
        <translation>&amp;Argumente</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>&amp;Ausgabe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>For example {&quot;temperature&quot;: 21, &quot;unit&quot;: &quot;C&quot;}</source>
        <translation>Zum Beispiel {&quot;temperature&quot;: 21, &quot;unit&quot;: &quot;C&quot;}</translation>
    </message>
    <message>
        <source>Output hint</source>
        <translation>Hinweis zur Ausgabe</translation>
    </message>
    <message>
        <source>&amp;Send output</source>
        <translation>Ausgabe &amp;senden</translation>
    </message>
    <message>
        <source>Send output</source>
        <translation>Ausgabe senden</translation>
    </message>
    <message>
        <source>Send this output to the assistant (Ctrl+Enter)</source>
        <translation>Diese Ausgabe an den Assistenten senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Tell the assistant the function was not run</source>
        <translation>Dem Assistenten mitteilen, dass die Funktion nicht ausgeführt wurde</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Close; the call keeps waiting (Esc)</source>
        <translation>Schließen; der Aufruf wartet weiter (Esc)</translation>
    </message>
</context>
<context>
    <name>ToolRow</name>
    <message>
        <source>Ask first</source>
        <translation>Erst fragen</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>Immer erlauben</translation>
    </message>
    <message>
        <source>Use {name}</source>
        <translation>{name} verwenden</translation>
    </message>
    <message>
        <source>Approval for {name}</source>
        <translation>Freigabe für {name}</translation>
    </message>
    <message>
        <source>Ask before each call, or let calls of this tool run without asking</source>
        <translation>Vor jedem Aufruf fragen oder Aufrufe dieses Werkzeugs ohne Nachfrage ausführen</translation>
    </message>
</context>
<context>
    <name>ToolsDialogs</name>
    <message>
        <source>Remove MCP server</source>
        <translation>MCP-Server entfernen</translation>
    </message>
    <message>
        <source>Remove the MCP server “{name}”?</source>
        <translation>Den MCP-Server „{name}“ entfernen?</translation>
    </message>
    <message>
        <source>It is stopped, and its secrets are removed from the keyring.</source>
        <translation>Er wird angehalten, und seine Geheimnisse werden aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Server entfernen</translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <source>MCP servers give assistants tools. Add a server here, then choose which assistant may use its tools in the assistant&apos;s form (Tools from MCP servers). Every call is shown to you before it runs.</source>
        <translation>MCP-Server geben Assistenten Werkzeuge. Fügen Sie hier einen Server hinzu und wählen Sie dann im Formular des Assistenten (Werkzeuge von MCP-Servern), welcher Assistent seine Werkzeuge verwenden darf. Jeder Aufruf wird Ihnen vor der Ausführung gezeigt.</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP-Server</translation>
    </message>
    <message>
        <source>Selected server</source>
        <translation>Gewählter Server</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add an MCP server</source>
        <translation>Einen MCP-Server hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected server</source>
        <translation>Den gewählten Server ändern</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected server</source>
        <translation>Den gewählten Server entfernen</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Start the selected server and list its tools</source>
        <translation>Den gewählten Server starten und seine Werkzeuge auflisten</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>Neu &amp;starten</translation>
    </message>
    <message>
        <source>Stop the selected server and start it again</source>
        <translation>Den gewählten Server anhalten und neu starten</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>No server yet: Add one.</source>
        <translation>Noch kein Server: Fügen Sie einen hinzu.</translation>
    </message>
</context>
<context>
    <name>VariableRow</name>
    <message>
        <source>{what} name</source>
        <translation>{what}: Name</translation>
    </message>
    <message>
        <source>{what} value</source>
        <translation>{what}: Wert</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
    <message>
        <source>{what} is a secret</source>
        <translation>{what} ist geheim</translation>
    </message>
    <message>
        <source>Keep the value in the system keyring, never in the settings file</source>
        <translation>Den Wert im Schlüsselbund des Systems aufbewahren, nie in der Einstellungsdatei</translation>
    </message>
    <message>
        <source>Remove {what}</source>
        <translation>{what} entfernen</translation>
    </message>
    <message>
        <source>Remove this {what}</source>
        <translation>Diese(n) {what} entfernen</translation>
    </message>
</context>
<context>
    <name>VariablesEditor</name>
    <message>
        <source>Add {what}</source>
        <translation>{what} hinzufügen</translation>
    </message>
</context>
<context>
    <name>VariablesForm</name>
    <message>
        <source>Fill in the prompt</source>
        <translation>Den Prompt ausfüllen</translation>
    </message>
    <message>
        <source>“{title}” has blanks to fill in before it goes into the message box.</source>
        <translation>„{title}“ hat Lücken, die auszufüllen sind, bevor er ins Eingabefeld kommt.</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Insert the prompt</source>
        <translation>Den Prompt einfügen</translation>
    </message>
</context>
<context>
    <name>VectorStoresViewModel</name>
    <message>
        <source>Loading vector stores…</source>
        <translation>Vektorspeicher werden geladen…</translation>
    </message>
    <message>
        <source>Could not list vector stores.</source>
        <translation>Die Vektorspeicher konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>No vector stores yet: create one.</source>
        <translation>Noch keine Vektorspeicher: Erstellen Sie einen.</translation>
    </message>
    <message>
        <source>Name the new vector store.</source>
        <translation>Geben Sie dem neuen Vektorspeicher einen Namen.</translation>
    </message>
    <message>
        <source>Creating “{name}”…</source>
        <translation>„{name}“ wird erstellt…</translation>
    </message>
    <message>
        <source>Could not create the vector store.</source>
        <translation>Der Vektorspeicher konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Created {label}.</source>
        <translation>{label} erstellt.</translation>
    </message>
    <message>
        <source>New vector store</source>
        <translation>Neuer Vektorspeicher</translation>
    </message>
    <message>
        <source>Name of the new vector store:</source>
        <translation>Name des neuen Vektorspeichers:</translation>
    </message>
    <message>
        <source>Add files to the vector store</source>
        <translation>Dateien zum Vektorspeicher hinzufügen</translation>
    </message>
    <message>
        <source>Choose or create a vector store first.</source>
        <translation>Wählen oder erstellen Sie zuerst einen Vektorspeicher.</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird hochgeladen…</numerusform>
            <numerusform>%n Dateien werden hochgeladen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add the files.</source>
        <translation>Die Dateien konnten nicht hinzugefügt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n file(s) to {store}.</source>
        <translation>
            <numerusform>%n Datei zu {store} hinzugefügt.</numerusform>
            <numerusform>%n Dateien zu {store} hinzugefügt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewModel</name>
    <message>
        <source>{failure} Unexpected error: {error}</source>
        <translation>{failure} Unerwarteter Fehler: {error}</translation>
    </message>
</context>
<context>
    <name>_Ago</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_BadgeWords</name>
    <message numerus="yes">
        <source>%n function(s)</source>
        <translation>
            <numerusform>%n Funktion</numerusform>
            <numerusform>%n Funktionen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_CompareWords</name>
    <message numerus="yes">
        <source>Keep all: each of the %n thread(s) is listed with its prompt and reply. Discard: they are deleted here and on the server.</source>
        <translation>
            <numerusform>Alle behalten: Der %n Thread wird mit seinem Prompt und seiner Antwort aufgeführt. Verwerfen: Er wird hier und auf dem Server gelöscht.</numerusform>
            <numerusform>Alle behalten: Jeder der %n Threads wird mit seinem Prompt und seiner Antwort aufgeführt. Verwerfen: Sie werden hier und auf dem Server gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_LeftOutWords</name>
    <message numerus="yes">
        <source>%n tool call(s)</source>
        <translation>
            <numerusform>%n Werkzeugaufruf</numerusform>
            <numerusform>%n Werkzeugaufrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) made by a tool</source>
        <translation>
            <numerusform>%n von einem Werkzeug erzeugtes Bild</numerusform>
            <numerusform>%n von einem Werkzeug erzeugte Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n angehängte Datei</numerusform>
            <numerusform>%n angehängte Dateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views.assistants.field</name>
    <message>
        <source>{field_name} error</source>
        <translation>Fehler bei {field_name}</translation>
    </message>
</context>
</TS>
