<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app_name}</source>
        <translation>À propos de {app_name}</translation>
    </message>
    <message>
        <source>{app_name} icon</source>
        <translation>Icône de {app_name}</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{app_name}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{app_name}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Nom de l’application</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>Version de l’application</translation>
    </message>
    <message>
        <source>Conversations with AI assistants, on your desktop.</source>
        <translation>Des conversations avec des assistants d’IA, sur votre bureau.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{homepage}&quot;&gt;{homepage}&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;{homepage}&quot;&gt;{homepage}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Open the project&apos;s homepage in your web browser</source>
        <translation>Ouvrir le site web du projet dans votre navigateur</translation>
    </message>
    <message>
        <source>Released under the {license_name} licence.</source>
        <translation>Publié sous la licence {license_name}.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Component versions</source>
        <translation>Versions des composants</translation>
    </message>
    <message>
        <source>The versions of BelugaDesk and the software it uses</source>
        <translation>Les versions de BelugaDesk et des logiciels qu’il utilise</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>&amp;Copier les versions</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>Copier les versions</translation>
    </message>
    <message>
        <source>Copy the versions to the clipboard, to paste into a bug report</source>
        <translation>Copier les versions dans le presse-papiers, pour les coller dans un rapport de bogue</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Copier l’état</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Sarcelle</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Graphite</source>
        <translation>Graphite</translation>
    </message>
    <message>
        <source>Colour scheme: {scheme}</source>
        <translation>Jeu de couleurs&#xa0;: {scheme}</translation>
    </message>
    <message>
        <source>Accent colour: {colour}</source>
        <translation>Couleur d’accent&#xa0;: {colour}</translation>
    </message>
    <message>
        <source>{colour} accent</source>
        <translation>Accent {colour}</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Taille de police</translation>
    </message>
    <message>
        <source>The size of text in the whole window, in points</source>
        <translation>La taille du texte dans toute la fenêtre, en points</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the window&apos;s text; it changes when BelugaDesk starts again</source>
        <translation>La langue des textes de la fenêtre&#xa0;; elle change au prochain démarrage de BelugaDesk</translation>
    </message>
    <message>
        <source>Takes effect after a restart.</source>
        <translation>Prend effet après un redémarrage.</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Jeu de couleurs</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Couleur d’accent</translation>
    </message>
    <message>
        <source>&amp;Font size</source>
        <translation>&amp;Taille de police</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The network client could not be loaded.</source>
        <extracomment>asks what to do with a database that cannot be used (tests may replace it)</extracomment>
        <translation>Le client réseau n’a pas pu être chargé.</translation>
    </message>
    <message>
        <source>The keyring could not be opened.</source>
        <translation>Le trousseau n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>The message renderer could not be loaded.</source>
        <translation>Le moteur de rendu des messages n’a pas pu être chargé.</translation>
    </message>
    <message>
        <source>The backup chosen in Settings → Data was not restored. {reason}</source>
        <translation>La sauvegarde choisie dans Paramètres → Données n’a pas été restaurée. {reason}</translation>
    </message>
    <message>
        <source>The daily backup was not made.</source>
        <translation>La sauvegarde quotidienne n’a pas été effectuée.</translation>
    </message>
</context>
<context>
    <name>AssistantDelegate</name>
    <message>
        <source>Code interpreter</source>
        <translation>Interpréteur de code</translation>
    </message>
    <message>
        <source>File search</source>
        <translation>Recherche de fichiers</translation>
    </message>
</context>
<context>
    <name>AssistantDialogs</name>
    <message>
        <source>BelugaDesk assistant (*.json);;All files (*)</source>
        <translation>Assistant BelugaDesk (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Delete assistant?</source>
        <translation>Supprimer l’assistant&#xa0;?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete assistant</source>
        <translation>Supprimer l’assistant</translation>
    </message>
    <message>
        <source>Export assistant</source>
        <translation>Exporter l’assistant</translation>
    </message>
    <message>
        <source>Import assistant</source>
        <translation>Importer un assistant</translation>
    </message>
</context>
<context>
    <name>AssistantFormDialog</name>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>Objet JSON</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>Schéma JSON</translation>
    </message>
    <message>
        <source>&amp;Advanced: sampling, reasoning, response format, metadata</source>
        <translation>&amp;Avancé&#xa0;: échantillonnage, raisonnement, format de réponse, métadonnées</translation>
    </message>
    <message>
        <source>Temperature, Top P, stop sequences, seed and reasoning effort, a JSON response format, and metadata key–value pairs</source>
        <translation>Température, Top P, séquences d’arrêt, graine et effort de raisonnement, un format de réponse JSON et des paires clé–valeur de métadonnées</translation>
    </message>
    <message>
        <source>Save assistant</source>
        <translation>Enregistrer l’assistant</translation>
    </message>
    <message>
        <source>Save the assistant (Ctrl+S)</source>
        <translation>Enregistrer l’assistant (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Form status</source>
        <translation>État du formulaire</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Required, up to {name_max} characters</source>
        <translation>Obligatoire, jusqu’à {name_max} caractères</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Optional, up to {description_max} characters</source>
        <translation>Facultatif, jusqu’à {description_max} caractères</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Conversation starters</source>
        <translation>Amorces de conversation</translation>
    </message>
    <message>
        <source>Optional: up to {starters_max} suggested first messages, one per line, shown in an empty chat</source>
        <translation>Facultatif&#xa0;: jusqu’à {starters_max} premiers messages suggérés, un par ligne, affichés dans un chat vide</translation>
    </message>
    <message>
        <source>One suggested first message per line</source>
        <translation>Un premier message suggéré par ligne</translation>
    </message>
    <message>
        <source>Con&amp;versation starters</source>
        <translation>Amorces de con&amp;versation</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Choose a model from the server&apos;s list, or type any model name</source>
        <translation>Choisir un modèle dans la liste du serveur, ou saisir n’importe quel nom de modèle</translation>
    </message>
    <message>
        <source>Model list status</source>
        <translation>État de la liste des modèles</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>The system instructions the assistant follows (up to 256,000 characters)</source>
        <translation>Les instructions système que suit l’assistant (jusqu’à 256 000 caractères)</translation>
    </message>
    <message>
        <source>&amp;Instructions</source>
        <translation>&amp;Instructions</translation>
    </message>
    <message>
        <source>Monospace</source>
        <translation>Chasse fixe</translation>
    </message>
    <message>
        <source>Show instructions in a monospace font</source>
        <translation>Afficher les instructions en police à chasse fixe</translation>
    </message>
    <message>
        <source>Show the instructions in a fixed-width font</source>
        <translation>Afficher les instructions dans une police à chasse fixe</translation>
    </message>
    <message>
        <source>Instructions character count</source>
        <translation>Nombre de caractères des instructions</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Échantillonnage</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>La température</translation>
    </message>
    <message>
        <source>0–2: higher is more varied, lower more focused</source>
        <translation>0–2&#xa0;: plus haut est plus varié, plus bas plus ciblé</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>&amp;Température</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>0–1: sample only from the most likely tokens</source>
        <translation>0–1&#xa0;: n’échantillonner que parmi les jetons les plus probables</translation>
    </message>
    <message>
        <source>Top &amp;P</source>
        <translation>Top &amp;P</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>Séquences d’arrêt</translation>
    </message>
    <message>
        <source>Up to 4 texts that end the reply, one a line (write \n for a new line, \t for a tab)</source>
        <translation>Jusqu’à 4 textes qui terminent la réponse, un par ligne (écrivez \n pour un saut de ligne, \t pour une tabulation)</translation>
    </message>
    <message>
        <source>One a line, e.g. \n\nUser:</source>
        <translation>Une par ligne, p. ex. \n\nUser:</translation>
    </message>
    <message>
        <source>Stop se&amp;quences</source>
        <translation>Séquences d’arr&amp;êt</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>A whole number: the same seed and request give the same reply where it can</source>
        <translation>Un nombre entier&#xa0;: la même graine et la même requête donnent si possible la même réponse</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>&amp;Graine</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>Valeur par défaut du modèle</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>Effort de raisonnement</translation>
    </message>
    <message>
        <source>How much a reasoning model (o-series, gpt-5) thinks before it answers; other models refuse it</source>
        <translation>Combien un modèle de raisonnement (série o, gpt-5) réfléchit avant de répondre&#xa0;; les autres modèles le refusent</translation>
    </message>
    <message>
        <source>&amp;Reasoning effort</source>
        <translation>Effort de &amp;raisonnement</translation>
    </message>
    <message>
        <source>Response format</source>
        <translation>Format de réponse</translation>
    </message>
    <message>
        <source>Plain text, any JSON object, or JSON that matches a schema</source>
        <translation>Texte brut, n’importe quel objet JSON, ou du JSON conforme à un schéma</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Schema name</source>
        <translation>Nom du schéma</translation>
    </message>
    <message>
        <source>1–64 letters, digits, underscores or hyphens</source>
        <translation>1 à 64 lettres, chiffres, traits de soulignement ou tirets</translation>
    </message>
    <message>
        <source>Strict (the reply always matches the schema)</source>
        <translation>Strict (la réponse respecte toujours le schéma)</translation>
    </message>
    <message>
        <source>Schema strict mode</source>
        <translation>Mode strict du schéma</translation>
    </message>
    <message>
        <source>Strict mode needs every property required and additionalProperties false</source>
        <translation>Le mode strict exige que chaque propriété soit requise et additionalProperties à false</translation>
    </message>
    <message>
        <source>Response schema</source>
        <translation>Schéma de réponse</translation>
    </message>
    <message>
        <source>Sc&amp;hema</source>
        <translation>Sc&amp;héma</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Code interpreter</source>
        <translation>Interpréteur de code</translation>
    </message>
    <message>
        <source>Let the assistant write and run Python code</source>
        <translation>Laisser l’assistant écrire et exécuter du code Python</translation>
    </message>
    <message>
        <source>F&amp;unctions the assistant may call</source>
        <translation>F&amp;onctions que l’assistant peut appeler</translation>
    </message>
    <message>
        <source>Why {key} is unavailable</source>
        <translation>Pourquoi {key} n’est pas disponible</translation>
    </message>
    <message>
        <source>Loading models…</source>
        <translation>Chargement des modèles…</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) available; any other name can be typed.</source>
        <translation>
            <numerusform>%n modèle disponible&#xa0;; tout autre nom peut être saisi.</numerusform>
            <numerusform>%n modèles disponibles&#xa0;; tout autre nom peut être saisi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>To save: {first_error}</source>
        <translation>Pour enregistrer&#xa0;: {first_error}</translation>
    </message>
</context>
<context>
    <name>AssistantFormViewModel</name>
    <message>
        <source>New assistant</source>
        <translation>Nouvel assistant</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>Modifier «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} caractères</translation>
    </message>
    <message>
        <source>The schema is valid.</source>
        <translation>Le schéma est valide.</translation>
    </message>
    <message>
        <source>Could not load the model list: {error} You can still type a model name.</source>
        <translation>Impossible de charger la liste des modèles&#xa0;: {error} Vous pouvez tout de même saisir un nom de modèle.</translation>
    </message>
    <message>
        <source>Could not save the assistant.</source>
        <translation>Impossible d’enregistrer l’assistant.</translation>
    </message>
    <message>
        <source>Saved on this computer, but the assistant could not be created on the server: {error}</source>
        <translation>Enregistré sur cet ordinateur, mais l’assistant n’a pas pu être créé sur le serveur&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Saved on this computer, but the assistant could not be updated on the server: {error}</source>
        <translation>Enregistré sur cet ordinateur, mais l’assistant n’a pas pu être mis à jour sur le serveur&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>AssistantListModel</name>
    <message>
        <source>code interpreter</source>
        <translation>interpréteur de code</translation>
    </message>
    <message>
        <source>file search</source>
        <translation>recherche de fichiers</translation>
    </message>
    <message numerus="yes">
        <source>%n function(s)</source>
        <translation>
            <numerusform>%n fonction</numerusform>
            <numerusform>%n fonctions</numerusform>
        </translation>
    </message>
    <message>
        <source>no tools</source>
        <translation>aucun outil</translation>
    </message>
    <message>
        <source>Tools: {tools}</source>
        <translation>Outils&#xa0;: {tools}</translation>
    </message>
</context>
<context>
    <name>AssistantListPane</name>
    <message>
        <source>&amp;Assistants</source>
        <translation>&amp;Assistants</translation>
    </message>
    <message>
        <source>Search assistants</source>
        <translation>Rechercher des assistants</translation>
    </message>
    <message>
        <source>Filter by name, description or model</source>
        <translation>Filtrer par nom, description ou modèle</translation>
    </message>
    <message>
        <source>Sort assistants by</source>
        <translation>Trier les assistants par</translation>
    </message>
    <message>
        <source>Sort by name or by when the assistant was last used</source>
        <translation>Trier par nom ou par dernière utilisation de l’assistant</translation>
    </message>
    <message>
        <source>Assistants</source>
        <translation>Assistants</translation>
    </message>
    <message>
        <source>Assistant library status</source>
        <translation>État de la bibliothèque d’assistants</translation>
    </message>
    <message>
        <source>&amp;New assistant…</source>
        <translation>&amp;Nouvel assistant…</translation>
    </message>
    <message>
        <source>Create an assistant</source>
        <translation>Créer un assistant</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected assistant</source>
        <translation>Modifier l’assistant sélectionné</translation>
    </message>
    <message>
        <source>New &amp;thread with this assistant</source>
        <translation>Nouveau &amp;fil avec cet assistant</translation>
    </message>
    <message>
        <source>Start a new thread with it</source>
        <translation>Commencer un nouveau fil avec lui</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Copy it</source>
        <translation>En faire une copie</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the assistant</source>
        <translation>Supprimer l’assistant</translation>
    </message>
    <message>
        <source>E&amp;xport as JSON…</source>
        <translation>E&amp;xporter en JSON…</translation>
    </message>
    <message>
        <source>Save it as a JSON file</source>
        <translation>L’enregistrer dans un fichier JSON</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>&amp;Importer depuis JSON…</translation>
    </message>
    <message>
        <source>Add one from a file</source>
        <translation>En ajouter un depuis un fichier</translation>
    </message>
    <message>
        <source>Import from &amp;server…</source>
        <translation>Importer depuis le &amp;serveur…</translation>
    </message>
    <message>
        <source>Import assistants defined on the server</source>
        <translation>Importer les assistants définis sur le serveur</translation>
    </message>
</context>
<context>
    <name>AssistantListViewModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>The assistant&apos;s last use could not be saved.</source>
        <translation>La dernière utilisation de l’assistant n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>Saved “{name}” (version {version}).</source>
        <translation>«&#xa0;{name}&#xa0;» enregistré (version {version}).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n assistant(s) from the server.</source>
        <translation>
            <numerusform>%n assistant importé depuis le serveur.</numerusform>
            <numerusform>%n assistants importés depuis le serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” was not deleted.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas été supprimé.</translation>
    </message>
    <message>
        <source>Created “{name}”.</source>
        <translation>«&#xa0;{name}&#xa0;» créé.</translation>
    </message>
    <message>
        <source>No thread uses it.</source>
        <translation>Aucun fil ne l’utilise.</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s) use it; they keep their messages.</source>
        <translation>
            <numerusform>%n fil l’utilise&#xa0;; il garde ses messages.</numerusform>
            <numerusform>%n fils l’utilisent&#xa0;; ils gardent leurs messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the assistant “{name}”?</source>
        <translation>Supprimer l’assistant «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>the assistant</source>
        <translation>l’assistant</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>«&#xa0;{name}&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Exported “{name}” to {file}.</source>
        <translation>«&#xa0;{name}&#xa0;» exporté vers {file}.</translation>
    </message>
    <message>
        <source>{name} cannot be imported: {key}: {message}</source>
        <translation>{name} ne peut pas être importé&#xa0;: {key}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Imported “{name}”.</source>
        <translation>«&#xa0;{name}&#xa0;» importé.</translation>
    </message>
</context>
<context>
    <name>AssistantPicker</name>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>The assistant of new chats</source>
        <translation>L’assistant des nouveaux chats</translation>
    </message>
    <message>
        <source>Assistant &amp;library</source>
        <translation>&amp;Bibliothèque d’assistants</translation>
    </message>
    <message>
        <source>Show every assistant with search, sorting and tool badges</source>
        <translation>Afficher tous les assistants avec recherche, tri et badges d’outils</translation>
    </message>
    <message>
        <source>Assistant actions</source>
        <translation>Actions sur l’assistant</translation>
    </message>
    <message>
        <source>New, edit, duplicate, delete, export and import assistants</source>
        <translation>Créer, modifier, dupliquer, supprimer, exporter et importer des assistants</translation>
    </message>
</context>
<context>
    <name>AssistantValidation</name>
    <message>
        <source>At most {limit} stop sequences are allowed (one a line); there are {count}.</source>
        <extracomment>turns a marked English sentence into the person&apos;s language (the view-model passes Qt&apos;s; English here)</extracomment>
        <translation>Au plus {limit} séquences d’arrêt sont autorisées (une par ligne)&#xa0;; il y en a {count}.</translation>
    </message>
    <message>
        <source>The seed must be a whole number (64-bit), or empty for none.</source>
        <translation>La graine doit être un nombre entier (64&#xa0;bits), ou vide pour aucune.</translation>
    </message>
    <message>
        <source>At most {limit} conversation starters are shown; there are {count}.</source>
        <translation>Au plus {limit} amorces de conversation sont affichées&#xa0;; il y en a {count}.</translation>
    </message>
    <message>
        <source>Starter {number} is longer than {limit} characters; keep each to one short request.</source>
        <translation>L’amorce {number} dépasse {limit} caractères&#xa0;; limitez chacune à une courte demande.</translation>
    </message>
    <message>
        <source>{label} must be between {low} and {high} (or unset to use the model&apos;s default).</source>
        <translation>{label} doit être compris entre {low} et {high} (ou non défini pour utiliser la valeur par défaut du modèle).</translation>
    </message>
    <message>
        <source>{label} is {length} characters long; the limit is {limit}.</source>
        <translation>{label} fait {length} caractères&#xa0;; la limite est de {limit}.</translation>
    </message>
    <message>
        <source>At most {limit} metadata pairs are allowed (BelugaDesk keeps two for itself on this profile); there are {count}.</source>
        <translation>Au plus {limit} paires de métadonnées sont autorisées (BelugaDesk en garde deux pour lui sur ce profil)&#xa0;; il y en a {count}.</translation>
    </message>
    <message>
        <source>At most {limit} metadata pairs are allowed; there are {count}.</source>
        <translation>Au plus {limit} paires de métadonnées sont autorisées&#xa0;; il y en a {count}.</translation>
    </message>
    <message>
        <source>Row {row}: enter a key (or remove the row).</source>
        <translation>Ligne {row}&#xa0;: saisissez une clé (ou retirez la ligne).</translation>
    </message>
    <message>
        <source>Row {row}: the key “{key}” is reserved for BelugaDesk.</source>
        <translation>Ligne {row}&#xa0;: la clé «&#xa0;{key}&#xa0;» est réservée à BelugaDesk.</translation>
    </message>
    <message>
        <source>Row {row}: the key is {length} characters; the limit is {limit}.</source>
        <translation>Ligne {row}&#xa0;: la clé fait {length} caractères&#xa0;; la limite est de {limit}.</translation>
    </message>
    <message>
        <source>Row {row}: the value is {length} characters; the limit is {limit}.</source>
        <translation>Ligne {row}&#xa0;: la valeur fait {length} caractères&#xa0;; la limite est de {limit}.</translation>
    </message>
    <message>
        <source>Row {row}: the key “{key}” is used twice.</source>
        <translation>Ligne {row}&#xa0;: la clé «&#xa0;{key}&#xa0;» est utilisée deux fois.</translation>
    </message>
    <message>
        <source>Use 1–64 letters, digits, underscores or hyphens.</source>
        <translation>Utilisez 1 à 64 lettres, chiffres, traits de soulignement ou tirets.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <source>Another function is already called “{name}”.</source>
        <translation>Une autre fonction s’appelle déjà «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>Fix function {which}.</source>
        <translation>Corrigez la fonction {which}.</translation>
    </message>
    <message>
        <source>Fix functions {which}.</source>
        <translation>Corrigez les fonctions {which}.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>La description</translation>
    </message>
    <message>
        <source>The instructions</source>
        <translation>Les instructions</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>La température</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>Choose or type a model.</source>
        <translation>Choisissez ou saisissez un modèle.</translation>
    </message>
    <message>
        <source>Name the schema with 1–64 letters, digits, underscores or hyphens.</source>
        <translation>Nommez le schéma avec 1 à 64 lettres, chiffres, traits de soulignement ou tirets.</translation>
    </message>
</context>
<context>
    <name>AsyncKeys</name>
    <message>
        <source>From the OPENAI_API_KEY environment variable</source>
        <translation>Depuis la variable d’environnement OPENAI_API_KEY</translation>
    </message>
    <message>
        <source>Kept for this session only (not saved)</source>
        <translation>Conservée pour cette session seulement (non enregistrée)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <source>Stored in {keyring}</source>
        <translation>Stockée dans {keyring}</translation>
    </message>
</context>
<context>
    <name>AttachmentListModel</name>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <source>Upload state of {name}</source>
        <translation>État de l’envoi de {name}</translation>
    </message>
    <message>
        <source>Uploading {name}</source>
        <translation>Envoi de {name}</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>Échec&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Retry uploading {name}</source>
        <translation>Réessayer l’envoi de {name}</translation>
    </message>
    <message>
        <source>Upload this file again</source>
        <translation>Renvoyer ce fichier</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Retirer {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the message</source>
        <translation>Retirer {name} du message</translation>
    </message>
    <message>
        <source>Use {name} with</source>
        <translation>Utiliser {name} avec</translation>
    </message>
    <message>
        <source>An image in the message is seen by the model; file search reads the file to answer; the code interpreter can run code on it</source>
        <translation>Le modèle voit une image placée dans le message&#xa0;; la recherche de fichiers lit le fichier pour répondre&#xa0;; l’interpréteur de code peut exécuter du code dessus</translation>
    </message>
</context>
<context>
    <name>AttachmentsBar</name>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
</context>
<context>
    <name>BehaviourPage</name>
    <message>
        <source>Sending messages</source>
        <translation>Envoi des messages</translation>
    </message>
    <message>
        <source>&amp;Enter sends, Shift+Enter starts a new line</source>
        <translation>&amp;Entrée envoie, Maj+Entrée commence une nouvelle ligne</translation>
    </message>
    <message>
        <source>Enter sends</source>
        <translation>Entrée envoie</translation>
    </message>
    <message>
        <source>&amp;Ctrl+Enter sends, Enter starts a new line</source>
        <translation>&amp;Ctrl+Entrée envoie, Entrée commence une nouvelle ligne</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends</source>
        <translation>Ctrl+Entrée envoie</translation>
    </message>
</context>
<context>
    <name>BranchBar</name>
    <message>
        <source>Branched from</source>
        <translation>Branche issue de</translation>
    </message>
    <message>
        <source>Branches of this thread</source>
        <translation>Branches de ce fil</translation>
    </message>
</context>
<context>
    <name>BranchLinksViewModel</name>
    <message>
        <source>Branched from a thread that has been deleted</source>
        <translation>Branche issue d’un fil supprimé</translation>
    </message>
    <message>
        <source>Branched from “{title}”</source>
        <translation>Branche issue de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Branches (%n):</source>
        <translation>
            <numerusform>Branche (%n)&#xa0;:</numerusform>
            <numerusform>Branches (%n)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>The branches of this thread could not be read.</source>
        <translation>Les branches de ce fil n’ont pas pu être lues.</translation>
    </message>
</context>
<context>
    <name>Branching</name>
    <message>
        <source>{title} (branch)</source>
        <translation>{title} (branche)</translation>
    </message>
    <message>
        <source>The branch shows the whole history, but this API could not copy {items} into the new thread, so the assistant will not see them there.</source>
        <translation>La branche montre tout l’historique, mais cette API n’a pas pu copier {items} dans le nouveau fil&#xa0;: l’assistant ne les y verra donc pas.</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <source>Add model</source>
        <translation>Ajouter un modèle</translation>
    </message>
    <message>
        <source>Add a context budget</source>
        <translation>Ajouter un budget de contexte</translation>
    </message>
    <message>
        <source>Add a row and start typing the model&apos;s name</source>
        <translation>Ajouter une ligne et saisir le nom du modèle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the context budget</source>
        <translation>Retirer le budget de contexte</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Retirer la ligne sélectionnée</translation>
    </message>
</context>
<context>
    <name>ChatActions</name>
    <message>
        <source>That file lives in the code interpreter&apos;s sandbox; right-click the image to save it.</source>
        <translation>Ce fichier se trouve dans le bac à sable de l’interpréteur de code&#xa0;; faites un clic droit sur l’image pour l’enregistrer.</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Arrêter la réponse</translation>
    </message>
    <message>
        <source>Regenerate the last reply</source>
        <translation>Régénérer la dernière réponse</translation>
    </message>
    <message>
        <source>Ask again for the last reply. On the Responses API the server&apos;s conversation keeps the earlier reply, so the model sees it as context.</source>
        <translation>Redemander la dernière réponse. Avec l’API Responses, la conversation sur le serveur garde la réponse précédente&#xa0;: le modèle la voit donc comme contexte.</translation>
    </message>
    <message>
        <source>Edit the last message</source>
        <translation>Modifier le dernier message</translation>
    </message>
    <message>
        <source>Copy the last reply</source>
        <translation>Copier la dernière réponse</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Joindre des fichiers…</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>Aller au message le plus récent</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Branch from here</source>
        <translation>Créer une branche ici</translation>
    </message>
    <message>
        <source>A new thread with the history up to the selected message (the last one if none is selected)</source>
        <translation>Un nouveau fil avec l’historique jusqu’au message sélectionné (le dernier si aucun n’est sélectionné)</translation>
    </message>
    <message>
        <source>Cancel the edit</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <source>Copy the message as Markdown</source>
        <translation>Copier le message en Markdown</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Nouvelle branche</translation>
    </message>
    <message>
        <source>Branch from here: a new thread with the history up to this message</source>
        <translation>Créer une branche ici&#xa0;: un nouveau fil avec l’historique jusqu’à ce message</translation>
    </message>
    <message>
        <source>Empty the message box first: editing puts your last message there.</source>
        <translation>Videz d’abord la zone de message&#xa0;: la modification y place votre dernier message.</translation>
    </message>
    <message>
        <source>Empty the message box first: editing puts the message there.</source>
        <translation>Videz d’abord la zone de message&#xa0;: la modification y place le message.</translation>
    </message>
    <message>
        <source>Copied the last reply.</source>
        <translation>Dernière réponse copiée.</translation>
    </message>
    <message>
        <source>Message menu</source>
        <translation>Menu du message</translation>
    </message>
    <message>
        <source>Copy selection</source>
        <translation>Copier la sélection</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>the buttons of a message&apos;s hover bar: each runs what a menu entry or shortcut already does</extracomment>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Put your last message back in the box to change it; sending it makes a branch</source>
        <translation>Remettre votre dernier message dans la zone pour le modifier&#xa0;; l’envoyer crée une branche</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Copier en Markdown</translation>
    </message>
    <message>
        <source>Copy raw text</source>
        <translation>Copier le texte brut</translation>
    </message>
    <message>
        <source>Select text</source>
        <translation>Sélectionner le texte</translation>
    </message>
    <message>
        <source>Save image as…</source>
        <translation>Enregistrer l’image sous…</translation>
    </message>
    <message>
        <source>Edit in a branch…</source>
        <translation>Modifier dans une branche…</translation>
    </message>
    <message>
        <source>Change this message and send it in a new branch; this thread stays</source>
        <translation>Modifier ce message et l’envoyer dans une nouvelle branche&#xa0;; ce fil reste tel quel</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>ChatAttachments</name>
    <message>
        <source>File search</source>
        <translation>Recherche de fichiers</translation>
    </message>
    <message>
        <source>Code interpreter</source>
        <translation>Interpréteur de code</translation>
    </message>
    <message>
        <source>Image in the message</source>
        <translation>Image dans le message</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}.</source>
        <translation>{name} ne peut pas être lu&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>{name} is not a file.</source>
        <translation>{name} n’est pas un fichier.</translation>
    </message>
    <message>
        <source>{name} is empty; there is nothing to upload.</source>
        <translation>{name} est vide&#xa0;; il n’y a rien à envoyer.</translation>
    </message>
    <message>
        <source>{name} is {size}; files can be at most 512 MB.</source>
        <translation>{name} fait {size}&#xa0;; les fichiers ne peuvent pas dépasser 512 Mo.</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Joindre des images</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Images ({patterns})</translation>
    </message>
    <message>
        <source>Attach pictures (PNG, JPEG, GIF or WebP) to send with the message (Ctrl+Shift+A)</source>
        <translation>Joindre des images (PNG, JPEG, GIF ou WebP) à envoyer avec le message (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>Attach images for the model to see, or files for file search or code (Ctrl+Shift+A)</source>
        <translation>Joindre des images que le modèle verra, ou des fichiers pour la recherche de fichiers ou le code (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Erreur inattendue&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>ChatDrafts</name>
    <message>
        <source>The draft could not be saved; its text is still in the box.</source>
        <translation>Le brouillon n’a pas pu être enregistré&#xa0;; son texte est toujours dans la zone de saisie.</translation>
    </message>
</context>
<context>
    <name>ChatImages</name>
    <message>
        <source>The image could not be downloaded: {error}</source>
        <translation>L’image n’a pas pu être téléchargée&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The image has not been downloaded yet.</source>
        <translation>L’image n’a pas encore été téléchargée.</translation>
    </message>
    <message>
        <source>Could not save the image to {path}: {error}.</source>
        <translation>Impossible d’enregistrer l’image dans {path}&#xa0;: {error}.</translation>
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
        <translation>Messages</translation>
    </message>
    <message>
        <source>↓ Jump to latest</source>
        <translation>↓ Aller au plus récent</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>Aller au plus récent</translation>
    </message>
    <message>
        <source>Scroll to the newest message and follow the reply (Ctrl+End)</source>
        <translation>Défiler jusqu’au message le plus récent et suivre la réponse (Ctrl+Fin)</translation>
    </message>
    <message>
        <source>Provide tool output…</source>
        <translation>Fournir la sortie de l’outil…</translation>
    </message>
    <message>
        <source>Provide tool output</source>
        <translation>Fournir la sortie de l’outil</translation>
    </message>
    <message>
        <source>The assistant is waiting for the output of a function call</source>
        <translation>L’assistant attend la sortie d’un appel de fonction</translation>
    </message>
    <message>
        <source>Context notice</source>
        <translation>Avis de contexte</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Réessayer l’envoi</translation>
    </message>
    <message>
        <source>Send the message in the box again</source>
        <translation>Renvoyer le message de la zone de saisie</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Message d’erreur</translation>
    </message>
    <message>
        <source>Why sending is not possible</source>
        <translation>Pourquoi l’envoi n’est pas possible</translation>
    </message>
    <message>
        <source>Drop files or images to attach them to the message</source>
        <translation>Déposez des fichiers ou des images pour les joindre au message</translation>
    </message>
    <message>
        <source>Drop files here</source>
        <translation>Déposez les fichiers ici</translation>
    </message>
    <message>
        <source>Select the text of a message, then copy it</source>
        <translation>Sélectionner le texte d’un message, puis le copier</translation>
    </message>
    <message>
        <source>Enter, then Ctrl+C</source>
        <translation>Entrée, puis Ctrl+C</translation>
    </message>
    <message>
        <source>Message menu (copy, copy as Markdown, save image…)</source>
        <translation>Menu du message (copier, copier en Markdown, enregistrer l’image…)</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10</source>
        <translation>Touche Menu ou Maj+F10</translation>
    </message>
</context>
<context>
    <name>ChatViewModel</name>
    <message>
        <source>The conversation could not be saved.</source>
        <extracomment>what a store write that failed during a send, retry, regenerate or edit says before the store&apos;s sentence</extracomment>
        <translation>La conversation n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>Choose an assistant to start a conversation.</source>
        <extracomment>where the text typed for a new thread is kept (None: the main composer&apos;s; the quick-ask window keeps its own, so neither overwrites the other) the function tools this chat answers itself (the built-in ones unless given) why the open thread cannot be continued with this profile (&quot;&quot; when it can); set by the resumer the folder a new thread is filed in (the one selected in the sidebar; None: no folder) who approves MCP tool calls (the chat view&apos;s questions); None: calls that need approval are denied per thread id: the (server id, tool name) the person allowed &quot;for this thread&quot; the comparison the threads this chat creates belong to (None: ordinary, listed threads)</extracomment>
        <translation>Choisissez un assistant pour commencer une conversation.</translation>
    </message>
    <message>
        <source>A reply is being written. Press Esc to stop it.</source>
        <translation>Une réponse est en cours d’écriture. Appuyez sur Échap pour l’arrêter.</translation>
    </message>
    <message>
        <source>The draft could not be loaded.</source>
        <translation>Le brouillon n’a pas pu être chargé.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Choose an assistant first.</source>
        <translation>Choisissez d’abord un assistant.</translation>
    </message>
    <message>
        <source>Wait until the files have finished uploading.</source>
        <translation>Attendez que les fichiers aient fini d’être envoyés.</translation>
    </message>
    <message>
        <source>Some files could not be uploaded: remove them or try again.</source>
        <translation>Certains fichiers n’ont pas pu être envoyés&#xa0;: retirez-les ou réessayez.</translation>
    </message>
    <message>
        <source>Nobody could be asked to approve it.</source>
        <translation>Personne n’a pu être sollicité pour l’approuver.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Editing an earlier message: sending it makes a branch with the new text, and this thread stays as it is.</source>
        <translation>Modification d’un message précédent&#xa0;: l’envoyer crée une branche avec le nouveau texte, et ce fil reste tel quel.</translation>
    </message>
    <message>
        <source>Making a branch…</source>
        <translation>Création de la branche…</translation>
    </message>
    <message>
        <source>The branch could not be made.</source>
        <translation>La branche n’a pas pu être créée.</translation>
    </message>
    <message>
        <source>The image could not be attached.</source>
        <translation>L’image n’a pas pu être jointe.</translation>
    </message>
    <message>
        <source>Save image as</source>
        <translation>Enregistrer l’image sous</translation>
    </message>
    <message>
        <source>Images (*.png)</source>
        <translation>Images (*.png)</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <source>{name}&apos;s reply</source>
        <translation>Réponse de {name}</translation>
    </message>
    <message>
        <source>Assistant and model</source>
        <translation>Assistant et modèle</translation>
    </message>
    <message>
        <source>{name}&apos;s messages</source>
        <translation>Messages de {name}</translation>
    </message>
    <message>
        <source>Reply status</source>
        <translation>État de la réponse</translation>
    </message>
    <message>
        <source>Usage and cost</source>
        <translation>Consommation et coût</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop {name}&apos;s reply</source>
        <translation>Arrêter la réponse de {name}</translation>
    </message>
    <message>
        <source>Stop this reply only; the others go on (Esc)</source>
        <translation>Arrêter seulement cette réponse&#xa0;; les autres continuent (Échap)</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Redemander</translation>
    </message>
    <message>
        <source>Ask {name} again</source>
        <translation>Redemander à {name}</translation>
    </message>
    <message>
        <source>Retry a reply that did not complete, or regenerate this one</source>
        <translation>Réessayer une réponse inachevée, ou régénérer celle-ci</translation>
    </message>
    <message>
        <source>Continue with this one</source>
        <translation>Continuer avec celle-ci</translation>
    </message>
    <message>
        <source>Continue with {name}</source>
        <translation>Continuer avec {name}</translation>
    </message>
    <message>
        <source>Keep this thread and open it in the main window; the other replies are deleted</source>
        <translation>Garder ce fil et l’ouvrir dans la fenêtre principale&#xa0;; les autres réponses sont supprimées</translation>
    </message>
    <message>
        <source>Stop this reply</source>
        <translation>Arrêter cette réponse</translation>
    </message>
</context>
<context>
    <name>CompareDialogs</name>
    <message>
        <source>Close the comparison?</source>
        <translation>Fermer la comparaison&#xa0;?</translation>
    </message>
    <message>
        <source>You have not chosen which reply to continue with.</source>
        <translation>Vous n’avez pas choisi la réponse avec laquelle continuer.</translation>
    </message>
    <message>
        <source>Keep all</source>
        <translation>Tout garder</translation>
    </message>
    <message>
        <source>Keep all threads</source>
        <translation>Garder tous les fils</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Discard all threads</source>
        <translation>Abandonner tous les fils</translation>
    </message>
</context>
<context>
    <name>CompareViewModel</name>
    <message>
        <source>This comparison has been sent; start a new one to compare other assistants.</source>
        <translation>Cette comparaison a été envoyée&#xa0;; commencez-en une nouvelle pour comparer d’autres assistants.</translation>
    </message>
    <message>
        <source>Choose two to four different assistants.</source>
        <translation>Choisissez de deux à quatre assistants différents.</translation>
    </message>
    <message>
        <source>Choose two to four assistants to compare.</source>
        <translation>Choisissez de deux à quatre assistants à comparer.</translation>
    </message>
    <message>
        <source>Each column continues on its own; keep one to go on with it.</source>
        <translation>Chaque colonne continue de son côté&#xa0;; gardez-en une pour poursuivre avec elle.</translation>
    </message>
    <message>
        <source>The comparison could not be settled.</source>
        <translation>La comparaison n’a pas pu être conclue.</translation>
    </message>
    <message>
        <source>Wait for this reply to finish, or stop it, before continuing with it.</source>
        <translation>Attendez la fin de cette réponse, ou arrêtez-la, avant de continuer avec elle.</translation>
    </message>
    <message>
        <source>This assistant has no reply to continue with; ask it again first.</source>
        <translation>Cet assistant n’a pas de réponse avec laquelle continuer&#xa0;; redemandez-lui d’abord.</translation>
    </message>
    <message>
        <source>{name}&apos;s thread was kept: the server could not delete it ({problem}).</source>
        <translation>Le fil de {name} a été gardé&#xa0;: le serveur n’a pas pu le supprimer ({problem}).</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare assistants</source>
        <translation>Comparer des assistants</translation>
    </message>
    <message>
        <source>Assistants to compare (two to four):</source>
        <translation>Assistants à comparer (de deux à quatre)&#xa0;:</translation>
    </message>
    <message>
        <source>Assistants to compare</source>
        <translation>Assistants à comparer</translation>
    </message>
    <message>
        <source>Check two to four assistants (Space checks the one in focus)</source>
        <translation>Cocher de deux à quatre assistants (Espace coche celui qui a le focus)</translation>
    </message>
    <message>
        <source>Prompt for every assistant</source>
        <translation>Prompt pour chaque assistant</translation>
    </message>
    <message>
        <source>One prompt, sent to every assistant chosen</source>
        <translation>Un seul prompt, envoyé à chaque assistant choisi</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Send to every assistant</source>
        <translation>Envoyer à chaque assistant</translation>
    </message>
    <message>
        <source>Why the comparison cannot be sent</source>
        <translation>Pourquoi la comparaison ne peut pas être envoyée</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Replies side by side</source>
        <translation>Réponses côte à côte</translation>
    </message>
    <message>
        <source>Go to reply {number}</source>
        <translation>Aller à la réponse {number}</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>Fermer la comparaison</translation>
    </message>
    <message>
        <source>At most four assistants can be compared at once.</source>
        <translation>Au plus quatre assistants peuvent être comparés à la fois.</translation>
    </message>
    <message>
        <source>Choose at least two assistants.</source>
        <translation>Choisissez au moins deux assistants.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Composer</source>
        <translation>Zone de saisie</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Attach files for file search or the code interpreter (Ctrl+Shift+A)</source>
        <translation>Joindre des fichiers pour la recherche de fichiers ou l’interpréteur de code (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>Compare assistants</source>
        <translation>Comparer des assistants</translation>
    </message>
    <message>
        <source>Send one prompt to two to four assistants side by side (Ctrl+Shift+K)</source>
        <translation>Envoyer un prompt à deux, trois ou quatre assistants côte à côte (Ctrl+Maj+K)</translation>
    </message>
    <message>
        <source>Send the message ({keys})</source>
        <translation>Envoyer le message ({keys})</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop reply</source>
        <translation>Arrêter la réponse</translation>
    </message>
    <message>
        <source>Stop the reply being written (Esc)</source>
        <translation>Arrêter la réponse en cours (Échap)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Envoyer le message</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>BelugaDesk backs up its database once a day. A backup holds your threads, their messages kept here and your assistants; API keys are never in it.</source>
        <translation>BelugaDesk sauvegarde sa base de données une fois par jour. Une sauvegarde contient vos fils, leurs messages conservés ici et vos assistants&#xa0;; les clés d’API n’y figurent jamais.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Faire une sauvegarde maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Restore the selected backup, or choose a file</source>
        <translation>Restaurer la sauvegarde sélectionnée, ou choisir un fichier</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Show the backups folder in the file manager</source>
        <translation>Afficher le dossier des sauvegardes dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>&amp;Cancel restore</source>
        <translation>&amp;Annuler la restauration</translation>
    </message>
    <message>
        <source>Do not restore a backup at the next start</source>
        <translation>Ne pas restaurer de sauvegarde au prochain démarrage</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Keep daily backups for</source>
        <translation>Conserver les sauvegardes quotidiennes pendant</translation>
    </message>
    <message>
        <source>&amp;Keep daily backups for</source>
        <translation>&amp;Conserver les sauvegardes quotidiennes pendant</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>État de la sauvegarde</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Aucune sauvegarde pour l’instant.</translation>
    </message>
    <message>
        <source>{name} will be restored at the next start.</source>
        <translation>{name} sera restauré au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>DataQuestions</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3)</source>
        <translation>Sauvegardes (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restore {name}?</source>
        <translation>Restaurer {name}&#xa0;?</translation>
    </message>
    <message>
        <source>BelugaDesk restores it when it starts again (quit and start it). The data as it is then is backed up first, and the current database file is kept beside it, renamed.</source>
        <translation>BelugaDesk la restaure à son prochain démarrage (quittez-le puis relancez-le). Les données telles qu’elles sont alors sont d’abord sauvegardées, et le fichier de base de données actuel est conservé à côté, renommé.</translation>
    </message>
    <message>
        <source>&amp;Restore at next start</source>
        <translation>&amp;Restaurer au prochain démarrage</translation>
    </message>
    <message>
        <source>Restore at next start</source>
        <translation>Restaurer au prochain démarrage</translation>
    </message>
</context>
<context>
    <name>DataViewModel</name>
    <message>
        <source>No backup was made.</source>
        <translation>Aucune sauvegarde n’a été faite.</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Sauvegardé dans {path}.</translation>
    </message>
    <message>
        <source>The backup will not be restored.</source>
        <translation>La sauvegarde ne sera pas restaurée.</translation>
    </message>
    <message>
        <source>{name} will be restored when BelugaDesk starts again: quit and start it. The data as it is then is backed up first and kept beside it.</source>
        <translation>{name} sera restauré au prochain démarrage de BelugaDesk&#xa0;: quittez-le puis relancez-le. Les données telles qu’elles sont alors sont d’abord sauvegardées et conservées à côté.</translation>
    </message>
    <message>
        <source>No backup will be restored.</source>
        <translation>Aucune sauvegarde ne sera restaurée.</translation>
    </message>
    <message>
        <source>The setting was not saved.</source>
        <translation>Le paramètre n’a pas été enregistré.</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>{app_name}: the local database cannot be used</source>
        <translation>{app_name}&#xa0;: la base de données locale est inutilisable</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Problème de base de données</translation>
    </message>
    <message>
        <source>The database was written by a newer version</source>
        <translation>La base de données a été écrite par une version plus récente</translation>
    </message>
    <message>
        <source>The database cannot be read</source>
        <translation>La base de données est illisible</translation>
    </message>
    <message>
        <source>&lt;b&gt;{heading}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{heading}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Start a fresh database</source>
        <translation>Commencer une nouvelle base de données</translation>
    </message>
    <message>
        <source>Move the old file aside and start with an empty database</source>
        <translation>Mettre l’ancien fichier de côté et commencer avec une base de données vide</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Close {app_name} and leave the file as it is</source>
        <translation>Fermer {app_name} et laisser le fichier tel quel</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>The file was kept untouched: nothing in it was changed or deleted.</source>
        <translation>Le fichier est resté intact&#xa0;: rien n’y a été modifié ni supprimé.</translation>
    </message>
    <message>
        <source>“Start a fresh database” moves the file aside (renamed beside it, so it can still be recovered) and starts with an empty database. “Quit” leaves everything as it is.</source>
        <translation>«&#xa0;Commencer une nouvelle base de données&#xa0;» met le fichier de côté (renommé à côté, pour pouvoir encore le récupérer) et commence avec une base vide. «&#xa0;Quitter&#xa0;» laisse tout en l’état.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Empty chat</source>
        <translation>Chat vide</translation>
    </message>
    <message>
        <source>Assistant name</source>
        <translation>Nom de l’assistant</translation>
    </message>
    <message>
        <source>Assistant description</source>
        <translation>Description de l’assistant</translation>
    </message>
    <message>
        <source>No assistant yet</source>
        <translation>Pas encore d’assistant</translation>
    </message>
    <message>
        <source>Create an assistant (Ctrl+Shift+N) or choose one in the sidebar to start.</source>
        <translation>Créez un assistant (Ctrl+Maj+N) ou choisissez-en un dans la barre latérale pour commencer.</translation>
    </message>
    <message>
        <source>Ask {name} anything.</source>
        <translation>Demandez n’importe quoi à {name}.</translation>
    </message>
</context>
<context>
    <name>FileSearchEditor</name>
    <message>
        <source>File search</source>
        <translation>Recherche de fichiers</translation>
    </message>
    <message>
        <source>Vector store</source>
        <translation>Magasin de vecteurs</translation>
    </message>
    <message>
        <source>None: only files attached in the chat</source>
        <translation>Aucun&#xa0;: seulement les fichiers joints dans la discussion</translation>
    </message>
    <message>
        <source>Let the assistant search the files attached in the chat, and a vector store if you choose one</source>
        <translation>Laisser l’assistant rechercher dans les fichiers joints dans la discussion, et dans un magasin de vecteurs si vous en choisissez un</translation>
    </message>
    <message>
        <source>A vector store searched in every chat; without one, file search looks in the chat&apos;s attachments</source>
        <translation>Un magasin de vecteurs consulté dans chaque discussion&#xa0;; sans lui, la recherche de fichiers porte sur les pièces jointes de la discussion</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh vector stores</source>
        <translation>Actualiser les magasins de vecteurs</translation>
    </message>
    <message>
        <source>Load the vector stores of this profile&apos;s account</source>
        <translation>Charger les magasins de vecteurs du compte de ce profil</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Create vector store</source>
        <translation>Créer un magasin de vecteurs</translation>
    </message>
    <message>
        <source>Create a new vector store on the server</source>
        <translation>Créer un nouveau magasin de vecteurs sur le serveur</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Add files to vector store</source>
        <translation>Ajouter des fichiers au magasin de vecteurs</translation>
    </message>
    <message>
        <source>Upload files into the chosen vector store</source>
        <translation>Envoyer des fichiers dans le magasin de vecteurs choisi</translation>
    </message>
    <message>
        <source>Vector store status</source>
        <translation>État du magasin de vecteurs</translation>
    </message>
    <message>
        <source>Vector store error</source>
        <translation>Erreur du magasin de vecteurs</translation>
    </message>
</context>
<context>
    <name>FolderListModel</name>
    <message>
        <source>All chats</source>
        <extracomment>the MIME type of a folder dragged within the Folders section: its id (UTF-8)</extracomment>
        <translation>Tous les chats</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>Aucun dossier</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <extracomment>thread ids dropped on the row of ``key`` (a folder id or NO_FOLDER) a folder (id) dropped on a sibling folder (id): it takes that one&apos;s place</extracomment>
        <translation>
            <numerusform>%n fil</numerusform>
            <numerusform>%n fils</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}, in {parent}, {threads}</source>
        <translation>{name}, dans {parent}, {threads}</translation>
    </message>
    <message>
        <source>{name}, {threads}</source>
        <translation>{name}, {threads}</translation>
    </message>
    <message>
        <source>Instructions: {text}</source>
        <translation>Instructions&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>FolderPickerDialog</name>
    <message>
        <source>Move to folder</source>
        <translation>Déplacer vers un dossier</translation>
    </message>
    <message>
        <source>Find a folder</source>
        <translation>Trouver un dossier</translation>
    </message>
    <message>
        <source>Type to find a folder</source>
        <translation>Tapez pour trouver un dossier</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>{name} (now)</source>
        <translation>{name} (actuel)</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
</context>
<context>
    <name>FolderSection</name>
    <message>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>FOLDERS</source>
        <translation>DOSSIERS</translation>
    </message>
    <message>
        <source>Show or hide the folders</source>
        <translation>Afficher ou masquer les dossiers</translation>
    </message>
    <message>
        <source>Folder problem</source>
        <translation>Problème de dossier</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>New &amp;folder…</source>
        <translation>Nouveau &amp;dossier…</translation>
    </message>
    <message>
        <source>Make a folder for threads (Ctrl+Shift+F)</source>
        <translation>Créer un dossier pour les fils (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>D&amp;escendre</translation>
    </message>
    <message>
        <source>Default assistant and &amp;instructions…</source>
        <translation>Assistant par défaut et &amp;instructions…</translation>
    </message>
    <message>
        <source>Folder actions</source>
        <translation>Actions du dossier</translation>
    </message>
    <message>
        <source>New &amp;subfolder…</source>
        <translation>Nouveau sous-&amp;dossier…</translation>
    </message>
    <message>
        <source>Move to the &amp;top level</source>
        <translation>Déplacer au &amp;niveau supérieur</translation>
    </message>
    <message>
        <source>Put &amp;inside</source>
        <translation>&amp;Placer dans</translation>
    </message>
    <message>
        <source>Put the folder inside another</source>
        <translation>Placer le dossier dans un autre</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>développé</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>réduit</translation>
    </message>
    <message>
        <source>FOLDERS · {name}</source>
        <translation>DOSSIERS · {name}</translation>
    </message>
</context>
<context>
    <name>FolderSettingsDialog</name>
    <message>
        <source>Folder settings</source>
        <translation>Paramètres du dossier</translation>
    </message>
    <message>
        <source>Folder name</source>
        <translation>Nom du dossier</translation>
    </message>
    <message>
        <source>Default assistant</source>
        <translation>Assistant par défaut</translation>
    </message>
    <message>
        <source>New chats started while this folder is selected use this assistant</source>
        <translation>Les nouvelles discussions commencées quand ce dossier est sélectionné utilisent cet assistant</translation>
    </message>
    <message>
        <source>None (the assistant chosen in the sidebar)</source>
        <translation>Aucun (l’assistant choisi dans la barre latérale)</translation>
    </message>
    <message>
        <source>Extra instructions</source>
        <translation>Instructions supplémentaires</translation>
    </message>
    <message>
        <source>e.g. Answer in British English and cite sources.</source>
        <translation>p. ex. Réponds en français et cite tes sources.</translation>
    </message>
    <message>
        <source>Added after the assistant&apos;s own instructions in every reply of the threads in this folder (and its subfolders).</source>
        <translation>Ajoutées après les instructions propres de l’assistant dans chaque réponse des fils de ce dossier (et de ses sous-dossiers).</translation>
    </message>
    <message>
        <source>Problem with the folder settings</source>
        <translation>Problème dans les paramètres du dossier</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Default &amp;assistant:</source>
        <translation>&amp;Assistant par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Extra &amp;instructions:</source>
        <translation>&amp;Instructions supplémentaires&#xa0;:</translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation>Un dossier doit avoir un nom.</translation>
    </message>
    <message>
        <source>The instructions are too long.</source>
        <translation>Les instructions sont trop longues.</translation>
    </message>
</context>
<context>
    <name>FoldersViewModel</name>
    <message>
        <source>The folders could not be loaded.</source>
        <extracomment>the folder filter now in effect: ALL_CHATS, NO_FOLDER or a folder id a sentence for the status bar once a flow is done</extracomment>
        <translation>Les dossiers n’ont pas pu être chargés.</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>Aucun dossier</translation>
    </message>
    <message>
        <source>New subfolder</source>
        <translation>Nouveau sous-dossier</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Name of the subfolder in “{parent}”:</source>
        <translation>Nom du sous-dossier dans «&#xa0;{parent}&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the folder:</source>
        <translation>Nom du dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Rename folder</source>
        <translation>Renommer le dossier</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>The assistants could not be listed.</source>
        <translation>Les assistants n’ont pas pu être listés.</translation>
    </message>
    <message>
        <source>The folder could not be deleted.</source>
        <translation>Le dossier n’a pas pu être supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s) in it move to “No folder”; no thread is deleted.</source>
        <translation>
            <numerusform>%n fil qu’il contient passe dans «&#xa0;Aucun dossier&#xa0;»&#xa0;; aucun fil n’est supprimé.</numerusform>
            <numerusform>%n fils qu’il contient passent dans «&#xa0;Aucun dossier&#xa0;»&#xa0;; aucun fil n’est supprimé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its subfolders ({names}) move to the top level.</source>
        <translation>Ses sous-dossiers ({names}) passent au niveau supérieur.</translation>
    </message>
    <message>
        <source>Delete folder</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <source>Delete the folder “{name}”?</source>
        <translation>Supprimer le dossier «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the folder {name}</source>
        <translation>Supprimer le dossier {name}</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the folder “{name}”; %n thread(s) moved to “No folder”.</source>
        <translation>
            <numerusform>Dossier «&#xa0;{name}&#xa0;» supprimé&#xa0;; %n fil déplacé dans «&#xa0;Aucun dossier&#xa0;».</numerusform>
            <numerusform>Dossier «&#xa0;{name}&#xa0;» supprimé&#xa0;; %n fils déplacés dans «&#xa0;Aucun dossier&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>The thread could not be moved.</source>
        <translation>Le fil n’a pas pu être déplacé.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n thread(s) to “{folder}”.</source>
        <translation>
            <numerusform>%n fil déplacé dans «&#xa0;{folder}&#xa0;».</numerusform>
            <numerusform>%n fils déplacés dans «&#xa0;{folder}&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>The folders could not be changed.</source>
        <translation>Les dossiers n’ont pas pu être modifiés.</translation>
    </message>
</context>
<context>
    <name>FormQuestions</name>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>This assistant has unsaved changes. Discard them?</source>
        <translation>Cet assistant a des modifications non enregistrées. Les abandonner&#xa0;?</translation>
    </message>
</context>
<context>
    <name>FunctionListModel</name>
    <message>
        <source>(unnamed function {number})</source>
        <translation>(fonction sans nom {number})</translation>
    </message>
    <message>
        <source>{label}, has errors</source>
        <translation>{label}, contient des erreurs</translation>
    </message>
</context>
<context>
    <name>FunctionToolsEditor</name>
    <message>
        <source>Function tools</source>
        <translation>Outils fonctions</translation>
    </message>
    <message>
        <source>Functions the assistant may call; choose one to edit it</source>
        <translation>Fonctions que l’assistant peut appeler&#xa0;; choisissez-en une pour la modifier</translation>
    </message>
    <message>
        <source>Add function</source>
        <translation>Ajouter une fonction</translation>
    </message>
    <message>
        <source>Add function tool</source>
        <translation>Ajouter un outil fonction</translation>
    </message>
    <message>
        <source>Add a function the assistant can call</source>
        <translation>Ajouter une fonction que l’assistant peut appeler</translation>
    </message>
    <message>
        <source>Remove function</source>
        <translation>Retirer la fonction</translation>
    </message>
    <message>
        <source>Remove function tool</source>
        <translation>Retirer l’outil fonction</translation>
    </message>
    <message>
        <source>Remove the selected function</source>
        <translation>Retirer la fonction sélectionnée</translation>
    </message>
    <message>
        <source>Function name</source>
        <translation>Nom de la fonction</translation>
    </message>
    <message>
        <source>1–64 letters, digits, underscores or hyphens</source>
        <translation>1 à 64 lettres, chiffres, traits de soulignement ou tirets</translation>
    </message>
    <message>
        <source>Function description</source>
        <translation>Description de la fonction</translation>
    </message>
    <message>
        <source>What the function does; the model reads this to decide when to call it</source>
        <translation>Ce que fait la fonction&#xa0;; le modèle le lit pour décider quand l’appeler</translation>
    </message>
    <message>
        <source>Strict (arguments always match the schema)</source>
        <translation>Strict (les arguments respectent toujours le schéma)</translation>
    </message>
    <message>
        <source>Function strict mode</source>
        <translation>Mode strict de la fonction</translation>
    </message>
    <message>
        <source>Strict mode needs every property required and additionalProperties false</source>
        <translation>Le mode strict exige que chaque propriété soit requise et additionalProperties à false</translation>
    </message>
    <message>
        <source>Function parameters</source>
        <translation>Paramètres de la fonction</translation>
    </message>
    <message>
        <source>Functi&amp;on name</source>
        <translation>Nom de la fonc&amp;tion</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>HoverBar</name>
    <message>
        <source>Message actions</source>
        <translation>Actions du message</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
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
        <translation>Clé d’API non enregistrée</translation>
    </message>
    <message>
        <source>API key not saved: no usable secure keyring</source>
        <translation>Clé d’API non enregistrée&#xa0;: aucun trousseau sécurisé utilisable</translation>
    </message>
    <message>
        <source>The API key could not be saved in a secure keyring.</source>
        <translation>La clé d’API n’a pas pu être enregistrée dans un trousseau sécurisé.</translation>
    </message>
    <message>
        <source>{message}

BelugaDesk never writes API keys to a plain file. A key for this session only stays in memory and is forgotten when BelugaDesk quits.</source>
        <translation>{message}

BelugaDesk n’écrit jamais les clés d’API dans un simple fichier. Une clé réservée à cette session reste en mémoire et est oubliée à la fermeture de BelugaDesk.</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>Utiliser pour cette &amp;session seulement</translation>
    </message>
    <message>
        <source>Use the key for this session only</source>
        <translation>Utiliser la clé pour cette session seulement</translation>
    </message>
    <message>
        <source>Keep the key in memory until BelugaDesk quits; nothing is written</source>
        <translation>Garder la clé en mémoire jusqu’à la fermeture de BelugaDesk&#xa0;; rien n’est écrit</translation>
    </message>
    <message>
        <source>Go back without using the key</source>
        <translation>Revenir sans utiliser la clé</translation>
    </message>
</context>
<context>
    <name>LinkConfirmation</name>
    <message>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <source>This link was not opened: it is not a valid web address.</source>
        <translation>Ce lien n’a pas été ouvert&#xa0;: ce n’est pas une adresse web valide.</translation>
    </message>
    <message>
        <source>This link was not opened: BelugaDesk opens only web (http, https) and e-mail (mailto) links from replies, not “{scheme}:” links.</source>
        <translation>Ce lien n’a pas été ouvert&#xa0;: BelugaDesk n’ouvre depuis les réponses que les liens web (http, https) et de courriel (mailto), pas les liens «&#xa0;{scheme}:&#xa0;».</translation>
    </message>
    <message>
        <source>This link was not opened: it names no web site.</source>
        <translation>Ce lien n’a pas été ouvert&#xa0;: il ne désigne aucun site web.</translation>
    </message>
    <message>
        <source>your e-mail program, to write to</source>
        <translation>votre logiciel de courriel, pour écrire à</translation>
    </message>
    <message>
        <source>your web browser at {host}</source>
        <translation>votre navigateur web, à l’adresse {host}</translation>
    </message>
    <message>
        <source>Open this link?</source>
        <translation>Ouvrir ce lien&#xa0;?</translation>
    </message>
    <message>
        <source>The reply links to:&lt;br&gt;&lt;br&gt;{target_html}&lt;br&gt;&lt;br&gt;It opens in {where}. The text shown for a link can differ from where it goes; open it only if you trust this address.</source>
        <translation>La réponse pointe vers&#xa0;:&lt;br&gt;&lt;br&gt;{target_html}&lt;br&gt;&lt;br&gt;Il s’ouvre dans {where}. Le texte affiché pour un lien peut différer de sa destination&#xa0;; ne l’ouvrez que si vous faites confiance à cette adresse.</translation>
    </message>
</context>
<context>
    <name>MainViewModel</name>
    <message>
        <source>The thread could not be opened.</source>
        <translation>Le fil n’a pas pu être ouvert.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app_name} main window</source>
        <translation>Fenêtre principale de {app_name}</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>Profil actif</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New thread</source>
        <translation>&amp;Nouveau fil</translation>
    </message>
    <message>
        <source>&amp;Focus message box</source>
        <translation>&amp;Aller à la zone de message</translation>
    </message>
    <message>
        <source>Quick &amp;ask window</source>
        <translation>Fenêtre de question &amp;rapide</translation>
    </message>
    <message>
        <source>The small always-on-top window that belugadesk --quick-ask shows</source>
        <translation>La petite fenêtre toujours au premier plan qu’affiche belugadesk --quick-ask</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Compare assistants…</source>
        <translation>&amp;Comparer des assistants…</translation>
    </message>
    <message>
        <source>Send one prompt to two to four assistants and see the replies side by side</source>
        <translation>Envoyer un prompt à deux, trois ou quatre assistants et voir les réponses côte à côte</translation>
    </message>
    <message>
        <source>&amp;Prompt library…</source>
        <translation>&amp;Bibliothèque de prompts…</translation>
    </message>
    <message>
        <source>Saved prompts to insert, edit, import and export (Ctrl+Shift+I; or type / in an empty box)</source>
        <translation>Prompts enregistrés à insérer, modifier, importer et exporter (Ctrl+Maj+I&#xa0;; ou tapez / dans une zone vide)</translation>
    </message>
    <message>
        <source>A&amp;ssistant</source>
        <translation>A&amp;ssistant</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Thread list</source>
        <translation>Liste des &amp;fils</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Messages</translation>
    </message>
    <message>
        <source>Next &amp;area</source>
        <translation>Zone &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous area</source>
        <translation>Zone &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Profiles and API keys, appearance, behaviour and prices (Ctrl+,)</source>
        <translation>Profils et clés d’API, apparence, comportement et prix (Ctrl+,)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>&amp;About {app_name}</source>
        <translation>À &amp;propos de {app_name}</translation>
    </message>
    <message>
        <source>Profile: {name}</source>
        <translation>Profil&#xa0;: {name}</translation>
    </message>
</context>
<context>
    <name>McpGrantsViewModel</name>
    <message>
        <source>No MCP servers yet: add one in Settings → Tools, then come back here.</source>
        <translation>Pas encore de serveur MCP&#xa0;: ajoutez-en un dans Paramètres → Outils, puis revenez ici.</translation>
    </message>
    <message>
        <source>The tools could not be listed.</source>
        <translation>Les outils n’ont pas pu être listés.</translation>
    </message>
</context>
<context>
    <name>McpServerDialog</name>
    <message>
        <source>Local program (stdio)</source>
        <translation>Programme local (stdio)</translation>
    </message>
    <message>
        <source>Web address (streamable HTTP)</source>
        <translation>Adresse web (HTTP diffusable)</translation>
    </message>
    <message>
        <source>kept in the keyring; type to replace</source>
        <translation>conservé dans le trousseau&#xa0;; saisissez pour remplacer</translation>
    </message>
    <message>
        <source>Edit MCP server</source>
        <translation>Modifier le serveur MCP</translation>
    </message>
    <message>
        <source>Add MCP server</source>
        <translation>Ajouter un serveur MCP</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nom du serveur</translation>
    </message>
    <message>
        <source>e.g. Files</source>
        <translation>p. ex. Fichiers</translation>
    </message>
    <message>
        <source>How to reach the server</source>
        <translation>Comment joindre le serveur</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>e.g. npx, uvx or python</source>
        <translation>p. ex. npx, uvx ou python</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>as on a command line, e.g. -y @modelcontextprotocol/server-filesystem ~/Notes</source>
        <translation>comme sur une ligne de commande, p. ex. -y @modelcontextprotocol/server-filesystem ~/Notes</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>Dossier de travail</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Variable d’environnement</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>&amp;Command</source>
        <translation>&amp;Commande</translation>
    </message>
    <message>
        <source>&amp;Arguments</source>
        <translation>&amp;Arguments</translation>
    </message>
    <message>
        <source>&amp;Working folder</source>
        <translation>Dossier de &amp;travail</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Values marked Secret go to the system keyring, never to the settings file.</source>
        <translation>Les valeurs marquées Secret vont dans le trousseau du système, jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Save server</source>
        <translation>Enregistrer le serveur</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Reach it as</source>
        <translation>&amp;Accessible en tant que</translation>
    </message>
</context>
<context>
    <name>McpServersViewModel</name>
    <message>
        <source>Enter the command that starts the server, e.g. npx or python.</source>
        <translation>Saisissez la commande qui démarre le serveur, p. ex. npx ou python.</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Donnez un nom au serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s settings are not valid.</source>
        <translation>Les paramètres du serveur ne sont pas valides.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non démarré</translation>
    </message>
    <message>
        <source>Not started: a server starts when an assistant first uses it, or with Test.</source>
        <translation>Non démarré&#xa0;: un serveur démarre quand un assistant l’utilise pour la première fois, ou avec Tester.</translation>
    </message>
    <message>
        <source>The server could not be tested.</source>
        <translation>Le serveur n’a pas pu être testé.</translation>
    </message>
    <message>
        <source>Starting the server and listing its tools…</source>
        <translation>Démarrage du serveur et liste de ses outils…</translation>
    </message>
    <message>
        <source>The server runs but lists no tools.</source>
        <translation>Le serveur tourne mais ne propose aucun outil.</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s): {names}</source>
        <translation>
            <numerusform>%n outil&#xa0;: {names}</numerusform>
            <numerusform>%n outils&#xa0;: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>The server could not be restarted.</source>
        <translation>Le serveur n’a pas pu être redémarré.</translation>
    </message>
    <message>
        <source>Restarting the server…</source>
        <translation>Redémarrage du serveur…</translation>
    </message>
    <message>
        <source>The MCP server was not saved.</source>
        <translation>Le serveur MCP n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>The MCP server was not removed.</source>
        <translation>Le serveur MCP n’a pas été retiré.</translation>
    </message>
</context>
<context>
    <name>McpToolsSection</name>
    <message>
        <source>Too&amp;ls from MCP servers</source>
        <translation>Out&amp;ils des serveurs MCP</translation>
    </message>
    <message>
        <source>Which tools of the MCP servers (Settings → Tools) this assistant may use, and which calls run without asking</source>
        <translation>Quels outils des serveurs MCP (Paramètres → Outils) cet assistant peut utiliser, et quels appels s’exécutent sans demander</translation>
    </message>
    <message>
        <source>Each call of a tool is shown to you before it runs, unless you allow it here.</source>
        <translation>Chaque appel d’un outil vous est montré avant de s’exécuter, sauf si vous l’autorisez ici.</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Message the assistant — Enter to send, Shift+Enter for a new line</source>
        <translation>Message à l’assistant — Entrée pour envoyer, Maj+Entrée pour une nouvelle ligne</translation>
    </message>
    <message>
        <source>Enter sends; Shift+Enter starts a new line</source>
        <translation>Entrée envoie&#xa0;; Maj+Entrée commence une nouvelle ligne</translation>
    </message>
    <message>
        <source>Message the assistant — Ctrl+Enter to send, Enter for a new line</source>
        <translation>Message à l’assistant — Ctrl+Entrée pour envoyer, Entrée pour une nouvelle ligne</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends; Enter starts a new line</source>
        <translation>Ctrl+Entrée envoie&#xa0;; Entrée commence une nouvelle ligne</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nouvelle ligne</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Maj+Entrée</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>You</source>
        <extracomment>who writes the replies (what a screen reader says for them); set with the chat&apos;s assistant</extracomment>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>{who}, {when}: {text}</source>
        <translation>{who}, {when}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Being written</source>
        <translation>En cours d’écriture</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplète</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
</context>
<context>
    <name>MessageTextView</name>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
</context>
<context>
    <name>MessageTime</name>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date} à {time}</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Up to {limit} pairs; keys up to 64 characters, values up to 512</source>
        <translation>Jusqu’à {limit} paires&#xa0;; clés jusqu’à 64 caractères, valeurs jusqu’à 512</translation>
    </message>
    <message>
        <source>Add pair</source>
        <translation>Ajouter une paire</translation>
    </message>
    <message>
        <source>Add metadata pair</source>
        <translation>Ajouter une paire de métadonnées</translation>
    </message>
    <message>
        <source>Add a key/value row and start typing its key</source>
        <translation>Ajouter une ligne clé/valeur et saisir sa clé</translation>
    </message>
    <message>
        <source>Remove pair</source>
        <translation>Retirer la paire</translation>
    </message>
    <message>
        <source>Remove metadata pair</source>
        <translation>Retirer la paire de métadonnées</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Retirer la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Metadata pair count</source>
        <translation>Nombre de paires de métadonnées</translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message>
        <source>The server&apos;s models could not be listed ({error}); the assistant&apos;s model is used.</source>
        <translation>Les modèles du serveur n’ont pas pu être listés ({error})&#xa0;; le modèle de l’assistant est utilisé.</translation>
    </message>
</context>
<context>
    <name>ModelSwitcher</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>{model} (assistant&apos;s)</source>
        <translation>{model} (celui de l’assistant)</translation>
    </message>
    <message>
        <source>the assistant&apos;s own model</source>
        <translation>le modèle propre à l’assistant</translation>
    </message>
    <message>
        <source>chosen for this thread</source>
        <translation>choisi pour ce fil</translation>
    </message>
    <message>
        <source>The model that writes the replies in this thread: {model} ({whose}).</source>
        <translation>Le modèle qui écrit les réponses de ce fil&#xa0;: {model} ({whose}).</translation>
    </message>
</context>
<context>
    <name>NewChatButton</name>
    <message>
        <source>New chat</source>
        <translation>Nouveau chat</translation>
    </message>
    <message>
        <source>with {name}</source>
        <translation>avec {name}</translation>
    </message>
    <message>
        <source>with no assistant yet</source>
        <translation>sans assistant pour l’instant</translation>
    </message>
    <message>
        <source>New chat with {name}</source>
        <translation>Nouveau chat avec {name}</translation>
    </message>
    <message>
        <source>Start a new chat with {name} (Ctrl+N)</source>
        <translation>Commencer un nouveau chat avec {name} (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>OnboardingDialog</name>
    <message>
        <source>&lt;h2&gt;Welcome to BelugaDesk&lt;/h2&gt;&lt;p&gt;Connect to your AI provider with an API key. The key is kept in your system keyring and nowhere else. No key at hand? Try the offline demo: it runs entirely on this computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans BelugaDesk&lt;/h2&gt;&lt;p&gt;Connectez-vous à votre fournisseur d’IA avec une clé d’API. La clé est conservée dans le trousseau de votre système et nulle part ailleurs. Pas de clé sous la main&#xa0;? Essayez la démo hors ligne&#xa0;: elle fonctionne entièrement sur cet ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome to BelugaDesk</source>
        <translation>Bienvenue dans BelugaDesk</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Try the offline &amp;demo</source>
        <translation>Essayer la &amp;démo hors ligne</translation>
    </message>
    <message>
        <source>Try the offline demo</source>
        <translation>Essayer la démo hors ligne</translation>
    </message>
    <message>
        <source>Use the built-in demo server: no key and no network needed</source>
        <translation>Utiliser le serveur de démo intégré&#xa0;: ni clé ni réseau nécessaires</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Store the key in the keyring, save the profile and start using it</source>
        <translation>Ranger la clé dans le trousseau, enregistrer le profil et commencer à l’utiliser</translation>
    </message>
</context>
<context>
    <name>OnboardingViewModel</name>
    <message>
        <source>The profile was not saved.</source>
        <translation>Le profil n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>The choice was not saved.</source>
        <translation>Le choix n’a pas été enregistré.</translation>
    </message>
</context>
<context>
    <name>OpenByIdDialog</name>
    <message>
        <source>Open thread by id</source>
        <translation>Ouvrir un fil par identifiant</translation>
    </message>
    <message>
        <source>Paste the id of a thread on the server (it starts with “{id_prefixes}”). Its history is loaded into a new local thread.</source>
        <translation>Collez l’identifiant d’un fil sur le serveur (il commence par «&#xa0;{id_prefixes}&#xa0;»). Son historique est chargé dans un nouveau fil local.</translation>
    </message>
    <message>
        <source>Remote thread id</source>
        <translation>Identifiant du fil distant</translation>
    </message>
    <message>
        <source>A {label} API thread id, e.g. {id_prefixes}abc123</source>
        <translation>Un identifiant de fil de l’API {label}, p. ex. {id_prefixes}abc123</translation>
    </message>
    <message>
        <source>Problem with the id</source>
        <translation>Problème avec l’identifiant</translation>
    </message>
</context>
<context>
    <name>PairTableModel</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Budget (tokens)</source>
        <translation>Budget (jetons)</translation>
    </message>
</context>
<context>
    <name>PreferencesViewModel</name>
    <message>
        <source>The colour scheme was not saved.</source>
        <translation>Le jeu de couleurs n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>The font size was not saved.</source>
        <translation>La taille de police n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The accent colour was not saved.</source>
        <translation>La couleur d’accent n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The language was not saved.</source>
        <translation>La langue n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The setting was not saved.</source>
        <translation>Le paramètre n’a pas été enregistré.</translation>
    </message>
</context>
<context>
    <name>PriceTableModel</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>Entrée en cache</translation>
    </message>
    <message>
        <source>The model name; dated snapshots (gpt-4o-2024-08-06) use the price of their family</source>
        <translation>Le nom du modèle&#xa0;; les versions datées (gpt-4o-2024-08-06) utilisent le prix de leur famille</translation>
    </message>
    <message>
        <source>USD per million input tokens</source>
        <translation>USD par million de jetons d’entrée</translation>
    </message>
    <message>
        <source>USD per million output tokens</source>
        <translation>USD par million de jetons de sortie</translation>
    </message>
    <message>
        <source>USD per million cached input tokens; empty when the model has no cached price</source>
        <translation>USD par million de jetons d’entrée en cache&#xa0;; vide si le modèle n’a pas de prix en cache</translation>
    </message>
</context>
<context>
    <name>PricesPage</name>
    <message>
        <source>Prices in US dollars per million tokens, used for the cost estimate shown with each reply. Double-click a cell to edit it.</source>
        <translation>Prix en dollars US par million de jetons, utilisés pour l’estimation du coût affichée avec chaque réponse. Double-cliquez sur une cellule pour la modifier.</translation>
    </message>
    <message>
        <source>Model prices</source>
        <translation>Prix des modèles</translation>
    </message>
    <message>
        <source>model name, e.g. gpt-4.1</source>
        <translation>nom du modèle, p. ex. gpt-4.1</translation>
    </message>
    <message>
        <source>New model name</source>
        <translation>Nom du nouveau modèle</translation>
    </message>
    <message>
        <source>The model to add a price for</source>
        <translation>Le modèle auquel ajouter un prix</translation>
    </message>
    <message>
        <source>&amp;Add price</source>
        <translation>&amp;Ajouter un prix</translation>
    </message>
    <message>
        <source>Add price</source>
        <translation>Ajouter un prix</translation>
    </message>
    <message>
        <source>Add a row for this model, then type its prices</source>
        <translation>Ajouter une ligne pour ce modèle, puis saisir ses prix</translation>
    </message>
    <message>
        <source>&amp;Remove price</source>
        <translation>&amp;Retirer le prix</translation>
    </message>
    <message>
        <source>Remove price</source>
        <translation>Retirer le prix</translation>
    </message>
    <message>
        <source>Remove the selected model&apos;s price</source>
        <translation>Retirer le prix du modèle sélectionné</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>PricesViewModel</name>
    <message>
        <source>Invalid price.</source>
        <translation>Prix non valide.</translation>
    </message>
    <message>
        <source>Type the model name first, e.g. gpt-4.1.</source>
        <translation>Saisissez d’abord le nom du modèle, p. ex. gpt-4.1.</translation>
    </message>
    <message>
        <source>There is already a price for {name}.</source>
        <translation>Il existe déjà un prix pour {name}.</translation>
    </message>
    <message>
        <source>The prices were not saved.</source>
        <translation>Les prix n’ont pas été enregistrés.</translation>
    </message>
</context>
<context>
    <name>ProfileDialogs</name>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the profile “{name}”?</source>
        <translation>Supprimer le profil «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Its API key is removed from the keyring too. Its threads stay in the database.</source>
        <translation>Sa clé d’API est aussi retirée du trousseau. Ses fils restent dans la base de données.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete profile and key</source>
        <translation>Supprimer le profil et la clé</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Edit profile {name}</source>
        <translation>Modifier le profil {name}</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Validate, store the key in the keyring and save the profile</source>
        <translation>Valider, ranger la clé dans le trousseau et enregistrer le profil</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Profile &amp;name</source>
        <translation>&amp;Nom du profil</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;Clé d’API</translation>
    </message>
    <message>
        <source>&amp;Backend</source>
        <translation>&amp;Backend</translation>
    </message>
    <message>
        <source>Base &amp;URL</source>
        <translation>&amp;URL de base</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>&amp;Point de terminaison</translation>
    </message>
    <message>
        <source>API &amp;version</source>
        <translation>&amp;Version de l’API</translation>
    </message>
    <message>
        <source>&amp;Deployments</source>
        <translation>&amp;Déploiements</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Pro&amp;ject</source>
        <translation>Pro&amp;jet</translation>
    </message>
    <message>
        <source>Pro&amp;xy</source>
        <translation>Pro&amp;xy</translation>
    </message>
    <message>
        <source>Context bud&amp;gets</source>
        <translation>&amp;Budgets de contexte</translation>
    </message>
    <message>
        <source>A name to tell this profile apart from others</source>
        <translation>Un nom pour distinguer ce profil des autres</translation>
    </message>
    <message>
        <source>The secret API key from your provider&apos;s dashboard; it is stored in the system keyring only</source>
        <translation>La clé d’API secrète du tableau de bord de votre fournisseur&#xa0;; elle est stockée uniquement dans le trousseau du système</translation>
    </message>
    <message>
        <source>Which OpenAI API family conversations use</source>
        <translation>Quelle famille d’API OpenAI les conversations utilisent</translation>
    </message>
    <message>
        <source>The server&apos;s API address, e.g. http://localhost:8000/v1 (OpenAI: empty means the default)</source>
        <translation>L’adresse de l’API du serveur, p. ex. http://localhost:8000/v1 (OpenAI&#xa0;: vide signifie la valeur par défaut)</translation>
    </message>
    <message>
        <source>Your Azure OpenAI resource, e.g. https://my-resource.openai.azure.com</source>
        <translation>Votre ressource Azure OpenAI, p. ex. https://my-resource.openai.azure.com</translation>
    </message>
    <message>
        <source>The Azure OpenAI api-version, e.g. 2025-04-01-preview or v1</source>
        <translation>L’api-version d’Azure OpenAI, p. ex. 2025-04-01-preview ou v1</translation>
    </message>
    <message>
        <source>One per line: model = deployment-name (used when an assistant names that model)</source>
        <translation>Une par ligne&#xa0;: modèle = nom-du-déploiement (utilisé quand un assistant nomme ce modèle)</translation>
    </message>
    <message>
        <source>Optional OpenAI organization id (org-…)</source>
        <translation>Identifiant d’organisation OpenAI facultatif (org-…)</translation>
    </message>
    <message>
        <source>Optional OpenAI project id (proj_…)</source>
        <translation>Identifiant de projet OpenAI facultatif (proj_…)</translation>
    </message>
    <message>
        <source>Optional HTTP(S) proxy every request of this profile goes through, e.g. http://proxy:3128</source>
        <translation>Proxy HTTP(S) facultatif par lequel passe chaque requête de ce profil, p. ex. http://proxy:3128</translation>
    </message>
    <message>
        <source>How many tokens of a thread each model is sent (older turns are left out beyond it); a model not listed gets a default. At least {minimum} tokens</source>
        <translation>Combien de jetons d’un fil chaque modèle reçoit (au-delà, les échanges plus anciens sont omis)&#xa0;; un modèle non listé reçoit une valeur par défaut. Au moins {minimum} jetons</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>optional, e.g. http://proxy.example.com:3128</source>
        <translation>facultatif, p. ex. http://proxy.example.com:3128</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Who runs the server: fills in its address, whether it needs a key, and a backend it speaks</source>
        <translation>Qui gère le serveur&#xa0;: remplit son adresse, indique s’il faut une clé et un backend qu’il parle</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Fournisseur</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>List the server&apos;s models with this key, without saving anything</source>
        <translation>Lister les modèles du serveur avec cette clé, sans rien enregistrer</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>APIs the server speaks</source>
        <translation>API parlées par le serveur</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Speaks it</source>
        <translation>La parle</translation>
    </message>
    <message>
        <source>{field} error</source>
        <translation>Erreur&#xa0;: {field}</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show API key</source>
        <translation>Afficher la clé d’API</translation>
    </message>
    <message>
        <source>Show or hide the API key you typed</source>
        <translation>Afficher ou masquer la clé d’API saisie</translation>
    </message>
    <message>
        <source>Where the API key is stored</source>
        <translation>Où la clé d’API est stockée</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide API key</source>
        <translation>Masquer la clé d’API</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
</context>
<context>
    <name>ProfileFormViewModel</name>
    <message>
        <source>Paste the API key for this profile.</source>
        <translation>Collez la clé d’API de ce profil.</translation>
    </message>
    <message>
        <source>Paste the API key for this profile (or set the OPENAI_API_KEY environment variable before starting).</source>
        <translation>Collez la clé d’API de ce profil (ou définissez la variable d’environnement OPENAI_API_KEY avant le démarrage).</translation>
    </message>
    <message>
        <source>Optional: needed only if the server was started with a key</source>
        <translation>Facultatif&#xa0;: nécessaire seulement si le serveur a été démarré avec une clé</translation>
    </message>
    <message>
        <source>The offline demo needs no key</source>
        <translation>La démo hors ligne n’a pas besoin de clé</translation>
    </message>
    <message>
        <source>This server needs no key</source>
        <translation>Ce serveur n’a pas besoin de clé</translation>
    </message>
    <message>
        <source>{server} needs no key</source>
        <translation>{server} n’a pas besoin de clé</translation>
    </message>
    <message>
        <source>Will be stored in {keyring} when you save</source>
        <translation>Sera stockée dans {keyring} à l’enregistrement</translation>
    </message>
    <message>
        <source>No secure keyring: the key can be used for this session only</source>
        <translation>Pas de trousseau sécurisé&#xa0;: la clé ne peut servir que pour cette session</translation>
    </message>
    <message>
        <source>The API key contains spaces or line breaks; paste only the key itself.</source>
        <translation>La clé d’API contient des espaces ou des sauts de ligne&#xa0;; collez uniquement la clé elle-même.</translation>
    </message>
    <message>
        <source>Fix the fields marked above first.</source>
        <translation>Corrigez d’abord les champs signalés ci-dessus.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s) available ({models}).</source>
        <translation>
            <numerusform>Connecté&#xa0;: %n modèle disponible ({models}).</numerusform>
            <numerusform>Connecté&#xa0;: %n modèles disponibles ({models}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <source>Offline demo</source>
        <translation>Démo hors ligne</translation>
    </message>
    <message>
        <source>built-in local server</source>
        <translation>serveur local intégré</translation>
    </message>
    <message>
        <source>API key: {key}</source>
        <translation>Clé d’API&#xa0;: {key}</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profils</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Selected profile</source>
        <translation>Profil sélectionné</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add a profile for OpenAI, Azure OpenAI or an OpenAI-compatible server</source>
        <translation>Ajouter un profil pour OpenAI, Azure OpenAI ou un serveur compatible OpenAI</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the selected profile or its API key</source>
        <translation>Modifier le profil sélectionné ou sa clé d’API</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Copy the selected profile, including its key</source>
        <translation>Copier le profil sélectionné, clé comprise</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <source>Delete the selected profile and its API key</source>
        <translation>Supprimer le profil sélectionné et sa clé d’API</translation>
    </message>
    <message>
        <source>Set a&amp;ctive</source>
        <translation>Définir comme a&amp;ctif</translation>
    </message>
    <message>
        <source>Use the selected profile for conversations from now on</source>
        <translation>Utiliser le profil sélectionné pour les conversations à partir de maintenant</translation>
    </message>
    <message>
        <source>the built-in offline server</source>
        <translation>le serveur hors ligne intégré</translation>
    </message>
    <message>
        <source>API key: {key}</source>
        <translation>Clé d’API&#xa0;: {key}</translation>
    </message>
</context>
<context>
    <name>ProfilesViewModel</name>
    <message>
        <source>not needed</source>
        <translation>inutile</translation>
    </message>
    <message>
        <source>The profile was not saved.</source>
        <translation>Le profil n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>The profile could not be activated.</source>
        <translation>Le profil n’a pas pu être activé.</translation>
    </message>
    <message>
        <source>The profile was not activated.</source>
        <translation>Le profil n’a pas été activé.</translation>
    </message>
    <message>
        <source>The key was not copied.</source>
        <translation>La clé n’a pas été copiée.</translation>
    </message>
    <message>
        <source>The copy was not saved.</source>
        <translation>La copie n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The key was not deleted.</source>
        <translation>La clé n’a pas été supprimée.</translation>
    </message>
    <message>
        <source>The profile was not deleted.</source>
        <translation>Le profil n’a pas été supprimé.</translation>
    </message>
    <message>
        <source>The next profile could not be activated.</source>
        <translation>Le profil suivant n’a pas pu être activé.</translation>
    </message>
</context>
<context>
    <name>PromptButton</name>
    <message>
        <source>Send: {text}</source>
        <translation>Envoyer&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Send this message</source>
        <translation>Envoyer ce message</translation>
    </message>
</context>
<context>
    <name>PromptDialogs</name>
    <message>
        <source>Delete prompt</source>
        <translation>Supprimer le prompt</translation>
    </message>
    <message>
        <source>Delete the prompt “{title}”?</source>
        <translation>Supprimer le prompt «&#xa0;{title}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>It is removed from the library. An exported copy can bring it back.</source>
        <translation>Il est retiré de la bibliothèque. Une copie exportée permet de le récupérer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Export prompts</source>
        <translation>Exporter des prompts</translation>
    </message>
    <message>
        <source>BelugaDesk prompts (*.json)</source>
        <translation>Prompts BelugaDesk (*.json)</translation>
    </message>
    <message>
        <source>Import prompts</source>
        <translation>Importer des prompts</translation>
    </message>
</context>
<context>
    <name>PromptEditDialog</name>
    <message>
        <source>Edit prompt</source>
        <translation>Modifier le prompt</translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation>Nouveau prompt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation>Texte du prompt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>writing, code</source>
        <translation>rédaction, code</translation>
    </message>
    <message>
        <source>Write {{name}} for a blank filled in when the prompt is inserted, {{name|default}} to give it a default, and \{{ for two literal braces. Tags are separated by commas.</source>
        <translation>Écrivez {{name}} pour un champ à remplir lors de l’insertion du prompt, {{name|default}} pour lui donner une valeur par défaut, et \{{ pour deux accolades littérales. Les étiquettes sont séparées par des virgules.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>Save prompt</source>
        <translation>Enregistrer le prompt</translation>
    </message>
</context>
<context>
    <name>PromptLibrary</name>
    <message>
        <source>The file {path} could not be written ({reason}).</source>
        <translation>Le fichier {path} n’a pas pu être écrit ({reason}).</translation>
    </message>
    <message>
        <source>The file {name} is too large to be a prompt library.</source>
        <translation>Le fichier {name} est trop volumineux pour être une bibliothèque de prompts.</translation>
    </message>
    <message>
        <source>The file {name} is not a BelugaDesk prompt library: it is not UTF-8 text.</source>
        <translation>Le fichier {name} n’est pas une bibliothèque de prompts BelugaDesk&#xa0;: ce n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>The file {path} could not be read ({reason}).</source>
        <translation>Le fichier {path} n’a pas pu être lu ({reason}).</translation>
    </message>
    <message>
        <source>The prompt library could not be read.</source>
        <translation>La bibliothèque de prompts n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The prompt was not saved.</source>
        <translation>Le prompt n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>The prompt was not deleted.</source>
        <translation>Le prompt n’a pas été supprimé.</translation>
    </message>
    <message>
        <source>The prompt could not be inserted.</source>
        <translation>Le prompt n’a pas pu être inséré.</translation>
    </message>
    <message>
        <source>The prompts were not exported.</source>
        <translation>Les prompts n’ont pas été exportés.</translation>
    </message>
    <message>
        <source>Prompts not exported</source>
        <translation>Prompts non exportés</translation>
    </message>
    <message>
        <source>The prompts were not imported.</source>
        <translation>Les prompts n’ont pas été importés.</translation>
    </message>
    <message>
        <source>The file {name}</source>
        <translation>Le fichier {name}</translation>
    </message>
    <message>
        <source>Prompts not imported</source>
        <translation>Prompts non importés</translation>
    </message>
</context>
<context>
    <name>PromptLibraryDialog</name>
    <message>
        <source>Prompt library</source>
        <translation>Bibliothèque de prompts</translation>
    </message>
    <message>
        <source>Search prompts</source>
        <translation>Rechercher des prompts</translation>
    </message>
    <message>
        <source>Search titles, text and tags</source>
        <translation>Rechercher dans les titres, le texte et les étiquettes</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation>Texte du prompt</translation>
    </message>
    <message>
        <source>Tags of the prompt</source>
        <translation>Étiquettes du prompt</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation>Ajouter un prompt</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the prompt</source>
        <translation>Modifier le prompt</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the prompt</source>
        <translation>Supprimer le prompt</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import prompts</source>
        <translation>Importer des prompts</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export prompts</source>
        <translation>Exporter des prompts</translation>
    </message>
    <message>
        <source>I&amp;nsert</source>
        <translation>I&amp;nsérer</translation>
    </message>
    <message>
        <source>Insert into the message box</source>
        <translation>Insérer dans la zone de message</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the prompt library</source>
        <translation>Fermer la bibliothèque de prompts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Étiquettes&#xa0;: {tags}</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Aucune étiquette</translation>
    </message>
</context>
<context>
    <name>PromptLibraryViewModel</name>
    <message numerus="yes">
        <source>Exported %n prompt(s) to {path}</source>
        <translation>
            <numerusform>%n prompt exporté vers {path}</numerusform>
            <numerusform>%n prompts exportés vers {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n prompt(s)</source>
        <translation>
            <numerusform>%n prompt ajouté</numerusform>
            <numerusform>%n prompts ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n already in the library</source>
        <translation>
            <numerusform>%n déjà dans la bibliothèque ignoré</numerusform>
            <numerusform>%n déjà dans la bibliothèque ignorés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickAskViewModel</name>
    <message>
        <source>The quick-ask window could not start over.</source>
        <translation>La fenêtre de question rapide n’a pas pu recommencer.</translation>
    </message>
    <message>
        <source>Ask something first: there is no conversation to move yet.</source>
        <translation>Posez d’abord une question&#xa0;: il n’y a pas encore de conversation à déplacer.</translation>
    </message>
    <message>
        <source>Wait until the reply is written (or stop it), then open the thread in the main window.</source>
        <translation>Attendez que la réponse soit écrite (ou arrêtez-la), puis ouvrez le fil dans la fenêtre principale.</translation>
    </message>
</context>
<context>
    <name>QuickAskWindow</name>
    <message>
        <source>Quick ask — {app}</source>
        <translation>Question rapide — {app}</translation>
    </message>
    <message>
        <source>Quick ask</source>
        <translation>Question rapide</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Open in main window</source>
        <translation>Ouvrir dans la fenêtre principale</translation>
    </message>
    <message>
        <source>Continue this conversation in the main window (Ctrl+O)</source>
        <translation>Poursuivre cette conversation dans la fenêtre principale (Ctrl+O)</translation>
    </message>
    <message>
        <source>Hide quick ask</source>
        <translation>Masquer la question rapide</translation>
    </message>
    <message>
        <source>Hide this window; the conversation stays (Esc)</source>
        <translation>Masquer cette fenêtre&#xa0;; la conversation est conservée (Échap)</translation>
    </message>
    <message>
        <source>Hide quick ask (stops a reply first)</source>
        <translation>Masquer la question rapide (arrête d’abord une réponse en cours)</translation>
    </message>
    <message>
        <source>Quick ask · {assistant}</source>
        <translation>Question rapide · {assistant}</translation>
    </message>
</context>
<context>
    <name>RemoteAssistantModel</name>
    <message>
        <source>{assistant} — already imported</source>
        <translation>{assistant} — déjà importé</translation>
    </message>
</context>
<context>
    <name>RemoteImportDialog</name>
    <message>
        <source>Import assistants from the server</source>
        <translation>Importer des assistants depuis le serveur</translation>
    </message>
    <message>
        <source>Tick the assistants to import. Ones already imported are greyed out.</source>
        <translation>Cochez les assistants à importer. Ceux déjà importés sont grisés.</translation>
    </message>
    <message>
        <source>Server assistants</source>
        <translation>Assistants du serveur</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected assistant</source>
        <translation>Espace coche ou décoche l’assistant sélectionné</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Charger plus</translation>
    </message>
    <message>
        <source>Load more assistants</source>
        <translation>Charger plus d’assistants</translation>
    </message>
    <message>
        <source>Fetch the next page of the server&apos;s assistants</source>
        <translation>Récupérer la page suivante des assistants du serveur</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>État de l’importation</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import the ticked assistants</source>
        <translation>Importer les assistants cochés</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The server has no assistants for this profile.</source>
        <translation>Le serveur n’a aucun assistant pour ce profil.</translation>
    </message>
    <message>
        <source>{ticked} ticked.</source>
        <translation>{ticked} coché(s).</translation>
    </message>
</context>
<context>
    <name>RemoteImportViewModel</name>
    <message>
        <source>Could not list the server&apos;s assistants.</source>
        <translation>Impossible de lister les assistants du serveur.</translation>
    </message>
    <message>
        <source>Could not import.</source>
        <translation>Impossible d’importer.</translation>
    </message>
</context>
<context>
    <name>RemoteMcpEditor</name>
    <message>
        <source>all tools</source>
        <translation>tous les outils</translation>
    </message>
    <message>
        <source>asks before each call</source>
        <translation>demande avant chaque appel</translation>
    </message>
    <message>
        <source>runs calls without asking</source>
        <translation>exécute les appels sans demander</translation>
    </message>
    <message>
        <source>Remote MCP &amp;servers (the API calls them itself)</source>
        <translation>&amp;Serveurs MCP distants (l’API les appelle elle-même)</translation>
    </message>
    <message>
        <source>Remote MCP servers of this assistant</source>
        <translation>Serveurs MCP distants de cet assistant</translation>
    </message>
    <message>
        <source>Remote server label</source>
        <translation>Libellé du serveur distant</translation>
    </message>
    <message>
        <source>Remote server URL</source>
        <translation>URL du serveur distant</translation>
    </message>
    <message>
        <source>Allowed tools of the remote server</source>
        <translation>Outils autorisés du serveur distant</translation>
    </message>
    <message>
        <source>Tool names separated by commas or lines; empty: all its tools</source>
        <translation>Noms d’outils séparés par des virgules ou des lignes&#xa0;; vide&#xa0;: tous ses outils</translation>
    </message>
    <message>
        <source>Empty: all its tools. Or names separated by commas or lines.</source>
        <translation>Vide&#xa0;: tous ses outils. Ou des noms séparés par des virgules ou des lignes.</translation>
    </message>
    <message>
        <source>Ask before each call</source>
        <translation>Demander avant chaque appel</translation>
    </message>
    <message>
        <source>Ask before each call of the remote server</source>
        <translation>Demander avant chaque appel du serveur distant</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Ajouter un serveur</translation>
    </message>
    <message>
        <source>Add remote server</source>
        <translation>Ajouter un serveur distant</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Save changes to the selected remote server</source>
        <translation>Enregistrer les modifications du serveur distant sélectionné</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected remote server</source>
        <translation>Retirer le serveur distant sélectionné</translation>
    </message>
    <message>
        <source>Remote server problem</source>
        <translation>Problème de serveur distant</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Allowed tools</source>
        <translation>Outils autorisés</translation>
    </message>
    <message>
        <source>Why remote MCP servers are unavailable</source>
        <translation>Pourquoi les serveurs MCP distants ne sont pas disponibles</translation>
    </message>
</context>
<context>
    <name>ReplyRun</name>
    <message>
        <source>Queued…</source>
        <translation>En file d’attente…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <source>Calling a tool…</source>
        <translation>Appel d’un outil…</translation>
    </message>
    <message>
        <source>Waiting for a tool&apos;s output…</source>
        <translation>En attente de la sortie d’un outil…</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplète</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Starting the assistant&apos;s tools…</source>
        <extracomment>the MCP tools a reply of an assistant offers (listed from its granted servers) asks the person whether an MCP tool call may run (None: the question was taken back) saves an assistant whose grants changed (&quot;Always allow this tool&quot;) added to the assistant&apos;s instructions on every request of this reply (the thread&apos;s folder&apos;s) Stop came before the server took the request (the question goes back to the input)</extracomment>
        <translation>Démarrage des outils de l’assistant…</translation>
    </message>
    <message>
        <source>Sending the tool output…</source>
        <translation>Envoi de la sortie de l’outil…</translation>
    </message>
    <message>
        <source>Running {name}…</source>
        <translation>Exécution de {name}…</translation>
    </message>
    <message>
        <source>Waiting for the output of {name}…</source>
        <translation>En attente de la sortie de {name}…</translation>
    </message>
    <message>
        <source>Running {name} on {server_name}…</source>
        <translation>Exécution de {name} sur {server_name}…</translation>
    </message>
    <message>
        <source>Waiting for your approval of {tool_name}…</source>
        <translation>En attente de votre approbation de {tool_name}…</translation>
    </message>
    <message>
        <source>Nobody could be asked to approve it.</source>
        <translation>Personne n’a pu être sollicité pour l’approuver.</translation>
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
        <translation>Valeur par défaut du modèle</translation>
    </message>
    <message>
        <source>{label}: use the model&apos;s default</source>
        <translation>{label}&#xa0;: utiliser la valeur par défaut du modèle</translation>
    </message>
    <message>
        <source>Leave {label} unset so the model&apos;s default applies</source>
        <translation>Laisser {label} non défini pour appliquer la valeur par défaut du modèle</translation>
    </message>
    <message>
        <source>{label} slider</source>
        <translation>Curseur {label}</translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <source>Validate</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Validate {label}</source>
        <translation>Valider {label}</translation>
    </message>
    <message>
        <source>Check that this is valid JSON and a valid JSON schema</source>
        <translation>Vérifier qu’il s’agit d’un JSON valide et d’un schéma JSON valide</translation>
    </message>
    <message>
        <source>Insert template</source>
        <translation>Insérer un modèle</translation>
    </message>
    <message>
        <source>Insert a template into {label}</source>
        <translation>Insérer un modèle dans {label}</translation>
    </message>
    <message>
        <source>Replace the text with an example schema to start from</source>
        <translation>Remplacer le texte par un exemple de schéma pour commencer</translation>
    </message>
    <message>
        <source>{label} check result</source>
        <translation>Résultat de la vérification&#xa0;: {label}</translation>
    </message>
</context>
<context>
    <name>ServerBlock</name>
    <message>
        <source>{name}: all its tools</source>
        <translation>{name}&#xa0;: tous ses outils</translation>
    </message>
    <message>
        <source>Use all tools of {name}</source>
        <translation>Utiliser tous les outils de {name}</translation>
    </message>
    <message>
        <source>The assistant may use every tool this server offers, now and later</source>
        <translation>L’assistant peut utiliser tous les outils de ce serveur, maintenant et à l’avenir</translation>
    </message>
    <message>
        <source>Show tools</source>
        <translation>Afficher les outils</translation>
    </message>
    <message>
        <source>Show the tools of {name}</source>
        <translation>Afficher les outils de {name}</translation>
    </message>
    <message>
        <source>Lists the server&apos;s tools; this starts the server if it is not running</source>
        <translation>Liste les outils du serveur&#xa0;; démarre le serveur s’il ne tourne pas</translation>
    </message>
    <message>
        <source>Run read-only tools without asking</source>
        <translation>Exécuter sans demander les outils en lecture seule</translation>
    </message>
    <message>
        <source>Run read-only tools of {name} without asking</source>
        <translation>Exécuter sans demander les outils en lecture seule de {name}</translation>
    </message>
    <message>
        <source>Tools the server marks as read-only run without asking for approval</source>
        <translation>Les outils que le serveur marque en lecture seule s’exécutent sans demander d’approbation</translation>
    </message>
    <message>
        <source>Tools of {name}</source>
        <translation>Outils de {name}</translation>
    </message>
    <message>
        <source>Show tools to choose single tools (this starts the server).</source>
        <translation>Affichez les outils pour en choisir certains (cela démarre le serveur).</translation>
    </message>
    <message>
        <source>Starting the server and listing its tools…</source>
        <translation>Démarrage du serveur et liste de ses outils…</translation>
    </message>
    <message>
        <source>It lists no tools.</source>
        <translation>Il ne propose aucun outil.</translation>
    </message>
</context>
<context>
    <name>ServerTableModel</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Local program</source>
        <translation>Programme local</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sections des paramètres</translation>
    </message>
    <message>
        <source>Choose a section (Up and Down keys)</source>
        <translation>Choisir une section (touches Haut et Bas)</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>{title} settings</source>
        <translation>Paramètres de {title}</translation>
    </message>
    <message>
        <source>Settings section</source>
        <translation>Section des paramètres</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Filtrer par action ou touche</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
</context>
<context>
    <name>SidePane</name>
    <message>
        <source>Sidebar</source>
        <translation>Barre latérale</translation>
    </message>
</context>
<context>
    <name>SlashPicker</name>
    <message>
        <source>Saved prompts</source>
        <translation>Prompts enregistrés</translation>
    </message>
    <message>
        <source>Up and Down choose, Enter inserts, Esc closes</source>
        <translation>Haut et Bas choisissent, Entrée insère, Échap ferme</translation>
    </message>
</context>
<context>
    <name>SourceWords</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message>
        <source>▾ Hide sources</source>
        <translation>▾ Masquer les sources</translation>
    </message>
    <message>
        <source>▸ Show sources</source>
        <translation>▸ Afficher les sources</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync shares your threads list, assistants and the messages of threads kept only on this computer through a folder that a sync tool you already use (Syncthing, Nextcloud, Dropbox, iCloud Drive, OneDrive, a network share) copies between your devices. No server of ours; API keys never go there.</source>
        <translation>La synchronisation partage votre liste de fils, vos assistants et les messages des fils conservés uniquement sur cet ordinateur au moyen d’un dossier qu’un outil de synchronisation que vous utilisez déjà (Syncthing, Nextcloud, Dropbox, iCloud Drive, OneDrive, un partage réseau) copie entre vos appareils. Aucun serveur de notre part&#xa0;; les clés d’API n’y vont jamais.</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Dossier de synchronisation</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Choisir le dossier de synchronisation</translation>
    </message>
    <message>
        <source>This device&apos;s name</source>
        <translation>Nom de cet appareil</translation>
    </message>
    <message>
        <source>How the other devices list this one</source>
        <translation>Le nom sous lequel les autres appareils voient celui-ci</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Mettre en &amp;pause</translation>
    </message>
    <message>
        <source>Stop sharing changes for now</source>
        <translation>Ne plus partager les modifications pour l’instant</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Check the folder now</source>
        <translation>Vérifier le dossier maintenant</translation>
    </message>
    <message>
        <source>&amp;Leave sync</source>
        <translation>&amp;Quitter la synchronisation</translation>
    </message>
    <message>
        <source>Stop syncing this computer; its data stays</source>
        <translation>Arrêter de synchroniser cet ordinateur&#xa0;; ses données restent</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>This &amp;device</source>
        <translation>Cet &amp;appareil</translation>
    </message>
    <message>
        <source>Not syncing</source>
        <translation>Pas de synchronisation</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>{name} (this device)</source>
        <translation>{name} (cet appareil)</translation>
    </message>
    <message>
        <source>{name} — last update {when}</source>
        <translation>{name} — dernière mise à jour {when}</translation>
    </message>
</context>
<context>
    <name>SyncQuestions</name>
    <message>
        <source>Choose the sync folder</source>
        <translation>Choisir le dossier de synchronisation</translation>
    </message>
    <message>
        <source>Leave sync</source>
        <translation>Quitter la synchronisation</translation>
    </message>
    <message>
        <source>Stop syncing this computer?</source>
        <translation>Arrêter de synchroniser cet ordinateur&#xa0;?</translation>
    </message>
    <message>
        <source>Everything stays here, and the other devices keep what this one shared. Changes made from now on are not shared.</source>
        <translation>Tout reste ici, et les autres appareils conservent ce que celui-ci a partagé. Les modifications faites à partir de maintenant ne sont pas partagées.</translation>
    </message>
    <message>
        <source>&amp;Leave sync</source>
        <translation>&amp;Quitter la synchronisation</translation>
    </message>
</context>
<context>
    <name>SyncSession</name>
    <message>
        <source>Sync is waiting: {reason}</source>
        <extracomment>a check this often, in case the file watcher hears nothing (network shares often do not tell) a check this long after the last change the watcher heard (a sync tool writes a few files at once)</extracomment>
        <translation>La synchronisation est en attente&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Sync is waiting: the sync folder could not be read or written ({reason}).</source>
        <translation>La synchronisation est en attente&#xa0;: le dossier de synchronisation n’a pas pu être lu ou écrit ({reason}).</translation>
    </message>
    <message>
        <source>Up to date; last checked at {time}.</source>
        <translation>À jour&#xa0;; dernière vérification à {time}.</translation>
    </message>
    <message>
        <source>Some changes from other devices are still arriving.</source>
        <translation>Certaines modifications venant d’autres appareils sont encore en cours d’arrivée.</translation>
    </message>
    <message>
        <source>Items edited here were deleted on another device; your edits are kept in the backup {path}.</source>
        <translation>Des éléments modifiés ici ont été supprimés sur un autre appareil&#xa0;; vos modifications sont conservées dans la sauvegarde {path}.</translation>
    </message>
    <message>
        <source>Sync is off. Choose a folder that your sync tool replicates to turn it on.</source>
        <translation>La synchronisation est désactivée. Choisissez un dossier que votre outil de synchronisation réplique pour l’activer.</translation>
    </message>
    <message>
        <source>Sync is paused. Changes are kept here and shared when you resume.</source>
        <translation>La synchronisation est en pause. Les modifications sont conservées ici et partagées quand vous reprenez.</translation>
    </message>
    <message>
        <source>Syncing through {folder}…</source>
        <translation>Synchronisation via {folder}…</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
</context>
<context>
    <name>ThreadActionsViewModel</name>
    <message>
        <source>This thread belongs to another profile, so its server copy can only be deleted with that profile&apos;s key.</source>
        <translation>Ce fil appartient à un autre profil&#xa0;: sa copie sur le serveur ne peut être supprimée qu’avec la clé de ce profil.</translation>
    </message>
    <message>
        <source>Thread not deleted</source>
        <translation>Fil non supprimé</translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation>«&#xa0;{title}&#xa0;» supprimé</translation>
    </message>
    <message>
        <source>Thread not exported</source>
        <translation>Fil non exporté</translation>
    </message>
    <message>
        <source>Exported “{title}” to {path}</source>
        <translation>«&#xa0;{title}&#xa0;» exporté vers {path}</translation>
    </message>
    <message>
        <source>Thread not imported</source>
        <translation>Fil non importé</translation>
    </message>
    <message>
        <source>Stop the reply being written before deleting this thread.</source>
        <translation>Arrêtez la réponse en cours avant de supprimer ce fil.</translation>
    </message>
    <message>
        <source>The local copy could not be deleted.</source>
        <translation>La copie locale n’a pas pu être supprimée.</translation>
    </message>
    <message>
        <source>The thread was not exported.</source>
        <translation>Le fil n’a pas été exporté.</translation>
    </message>
    <message>
        <source>{name} was not imported.</source>
        <translation>{name} n’a pas été importé.</translation>
    </message>
</context>
<context>
    <name>ThreadBanner</name>
    <message>
        <source>Thread notice</source>
        <translation>Avis sur le fil</translation>
    </message>
</context>
<context>
    <name>ThreadDelegate</name>
    <message>
        <source>not on server</source>
        <translation>absent du serveur</translation>
    </message>
    <message>
        <source>Thread title</source>
        <translation>Titre du fil</translation>
    </message>
    <message>
        <source>Type a new title; Enter saves, Esc cancels</source>
        <translation>Saisissez un nouveau titre&#xa0;; Entrée enregistre, Échap annule</translation>
    </message>
</context>
<context>
    <name>ThreadDialogs</name>
    <message>
        <source>Delete local copy only</source>
        <translation>Supprimer seulement la copie locale</translation>
    </message>
    <message>
        <source>BelugaDesk thread (*.json)</source>
        <translation>Fil BelugaDesk (*.json)</translation>
    </message>
    <message>
        <source>Delete thread</source>
        <translation>Supprimer le fil</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>Supprimer «&#xa0;{title}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>on the server and on this computer</source>
        <translation>sur le serveur et sur cet ordinateur</translation>
    </message>
    <message>
        <source>here</source>
        <translation>ici</translation>
    </message>
    <message>
        <source>The thread is deleted {where}. This cannot be undone; Archive keeps it instead.</source>
        <translation>Le fil est supprimé {where}. Cette action est irréversible&#xa0;; Archiver le conserve à la place.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Thread not deleted</source>
        <translation>Fil non supprimé</translation>
    </message>
    <message>
        <source>“{title}” could not be deleted on the server; the local copy was kept.</source>
        <translation>«&#xa0;{title}&#xa0;» n’a pas pu être supprimé sur le serveur&#xa0;; la copie locale a été conservée.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export thread</source>
        <translation>Exporter le fil</translation>
    </message>
    <message>
        <source>Import thread from JSON</source>
        <translation>Importer un fil depuis JSON</translation>
    </message>
</context>
<context>
    <name>ThreadFiles</name>
    <message>
        <source>The file {path} could not be written ({error}).</source>
        <extracomment>why the server&apos;s copy could not be deleted (the local copy was kept); &quot;&quot; when deleted</extracomment>
        <translation>Le fichier {path} n’a pas pu être écrit ({error}).</translation>
    </message>
    <message>
        <source>The file {path} is too large to be a thread export.</source>
        <translation>Le fichier {path} est trop volumineux pour être un export de fil.</translation>
    </message>
    <message>
        <source>The file {path} could not be read ({error}).</source>
        <translation>Le fichier {path} n’a pas pu être lu ({error}).</translation>
    </message>
</context>
<context>
    <name>ThreadGroup</name>
    <message>
        <source>Pinned</source>
        <translation>Épinglés</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivés</translation>
    </message>
</context>
<context>
    <name>ThreadListModel</name>
    <message>
        <source>Deleted on the server; the local copy is kept.</source>
        <translation>Supprimé sur le serveur&#xa0;; la copie locale est conservée.</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <extracomment>the MIME type of threads dragged from the list: their local ids, one per line (UTF-8) an inline edit (F2) asked for a new title: (thread id, title); the view-model persists it</extracomment>
        <translation>Mis à jour {time}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>No matches for “{query}”</source>
        <translation>Aucun résultat pour «&#xa0;{query}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>match: {snippet}</source>
        <translation>correspondance&#xa0;: {snippet}</translation>
    </message>
    <message>
        <source>title matches</source>
        <translation>le titre correspond</translation>
    </message>
    <message>
        <source>updated {time}</source>
        <translation>mis à jour {time}</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>épinglé</translation>
    </message>
    <message>
        <source>deleted on the server</source>
        <translation>supprimé sur le serveur</translation>
    </message>
</context>
<context>
    <name>ThreadListPanel</name>
    <message>
        <source>Search threads</source>
        <translation>Rechercher dans les fils</translation>
    </message>
    <message>
        <source>Search every thread&apos;s title and messages (Ctrl+K)</source>
        <translation>Rechercher dans les titres et messages de tous les fils (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation>Rechercher (Ctrl+K)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Show thread filters</source>
        <translation>Afficher les filtres des fils</translation>
    </message>
    <message>
        <source>Filter the threads by assistant, or also list archived ones</source>
        <translation>Filtrer les fils par assistant, ou afficher aussi les fils archivés</translation>
    </message>
    <message>
        <source>Filter threads by assistant</source>
        <translation>Filtrer les fils par assistant</translation>
    </message>
    <message>
        <source>Show the threads of one assistant only</source>
        <translation>N’afficher que les fils d’un assistant</translation>
    </message>
    <message>
        <source>Show arc&amp;hived</source>
        <translation>Afficher les arc&amp;hivés</translation>
    </message>
    <message>
        <source>Show archived threads</source>
        <translation>Afficher les fils archivés</translation>
    </message>
    <message>
        <source>Also list archived threads (in their own group)</source>
        <translation>Afficher aussi les fils archivés (dans leur propre groupe)</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Fils</translation>
    </message>
    <message>
        <source>Thread list problem</source>
        <translation>Problème de liste des fils</translation>
    </message>
    <message>
        <source>&amp;Search threads</source>
        <translation>&amp;Rechercher dans les fils</translation>
    </message>
    <message>
        <source>&amp;Open thread by id…</source>
        <translation>&amp;Ouvrir un fil par identifiant…</translation>
    </message>
    <message>
        <source>&amp;Import thread from JSON…</source>
        <translation>&amp;Importer un fil depuis JSON…</translation>
    </message>
    <message>
        <source>Mo&amp;ve to folder…</source>
        <translation>&amp;Déplacer vers un dossier…</translation>
    </message>
    <message>
        <source>Move the selected (or open) thread to a folder</source>
        <translation>Déplacer le fil sélectionné (ou ouvert) vers un dossier</translation>
    </message>
    <message>
        <source>&amp;Threads</source>
        <translation>F&amp;ils</translation>
    </message>
    <message>
        <source>Thread actions</source>
        <translation>Actions sur le fil</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>Désé&amp;pingler</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>É&amp;pingler</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Dés&amp;archiver</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Exporter en &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Copy remote id</source>
        <translation>&amp;Copier l’identifiant distant</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Copied {id}</source>
        <translation>{id} copié</translation>
    </message>
    <message>
        <source>All assistants</source>
        <translation>Tous les assistants</translation>
    </message>
</context>
<context>
    <name>ThreadListView</name>
    <message>
        <source>Open the thread</source>
        <translation>Ouvrir le fil</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Pin or unpin</source>
        <translation>Épingler ou désépingler</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Maj+P</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Thread menu (export, archive, …)</source>
        <translation>Menu du fil (exporter, archiver, …)</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10</source>
        <translation>Touche Menu ou Maj+F10</translation>
    </message>
</context>
<context>
    <name>ThreadListViewModel</name>
    <message>
        <source>The thread list could not be loaded.</source>
        <extracomment>only the threads in these folders (an empty list: in no folder; None: every thread)</extracomment>
        <translation>La liste des fils n’a pas pu être chargée.</translation>
    </message>
    <message>
        <source>Search failed.</source>
        <translation>La recherche a échoué.</translation>
    </message>
    <message>
        <source>The thread could not be changed.</source>
        <translation>Le fil n’a pas pu être modifié.</translation>
    </message>
    <message>
        <source>A thread needs a title.</source>
        <translation>Un fil a besoin d’un titre.</translation>
    </message>
</context>
<context>
    <name>ThreadResumeViewModel</name>
    <message>
        <source>This thread no longer exists on the server; the local copy is kept.</source>
        <translation>Ce fil n’existe plus sur le serveur&#xa0;; la copie locale est conservée.</translation>
    </message>
    <message>
        <source>This thread belongs to another profile, so it is shown read-only from the local copy: this profile&apos;s key cannot continue it. Switch to that profile to continue it.</source>
        <translation>Ce fil appartient à un autre profil&#xa0;; il est donc affiché en lecture seule depuis la copie locale&#xa0;: la clé de ce profil ne peut pas le poursuivre. Passez à cet autre profil pour le poursuivre.</translation>
    </message>
    <message>
        <source>This is a local copy with no thread on the server (for example an imported duplicate), so it can be read but not continued.</source>
        <translation>Ceci est une copie locale sans fil sur le serveur (par exemple un doublon importé)&#xa0;: elle peut être lue mais pas poursuivie.</translation>
    </message>
    <message>
        <source>This thread was made with the {backend} API, so it is shown read-only from the local copy: the active profile uses the {active} API.</source>
        <translation>Ce fil a été créé avec l’API {backend}&#xa0;; il est donc affiché en lecture seule depuis la copie locale&#xa0;: le profil actif utilise l’API {active}.</translation>
    </message>
    <message>
        <source>Paste a thread id.</source>
        <translation>Collez un identifiant de fil.</translation>
    </message>
    <message>
        <source>A thread id has no spaces.</source>
        <translation>Un identifiant de fil ne contient pas d’espaces.</translation>
    </message>
    <message>
        <source>“{text}” is an id of the {other} API; the active profile uses the {active} API, whose thread ids start with “{prefix}”.</source>
        <translation>«&#xa0;{text}&#xa0;» est un identifiant de l’API {other}&#xa0;; le profil actif utilise l’API {active}, dont les identifiants de fil commencent par «&#xa0;{prefix}&#xa0;».</translation>
    </message>
    <message>
        <source>A {api} API thread id starts with “{prefix}” (for example {prefix}abc123).</source>
        <translation>Un identifiant de fil de l’API {api} commence par «&#xa0;{prefix}&#xa0;» (par exemple {prefix}abc123).</translation>
    </message>
    <message>
        <source>The history could not be reloaded from the server; showing the local copy. {error}</source>
        <translation>L’historique n’a pas pu être rechargé depuis le serveur&#xa0;; la copie locale est affichée. {error}</translation>
    </message>
    <message>
        <source>The history could not be saved.</source>
        <translation>L’historique n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>{error} Showing the local copy.</source>
        <translation>{error} La copie locale est affichée.</translation>
    </message>
    <message>
        <source>Thread not opened</source>
        <translation>Fil non ouvert</translation>
    </message>
    <message>
        <source>The thread {remote_id} could not be opened.</source>
        <translation>Le fil {remote_id} n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Thread {remote_id}</source>
        <translation>Fil {remote_id}</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
</context>
<context>
    <name>ToolApprovalDialog</name>
    <message>
        <source>Run {tool_name}?</source>
        <translation>Exécuter {tool_name}&#xa0;?</translation>
    </message>
    <message>
        <source>Approve a tool call</source>
        <translation>Approuver un appel d’outil</translation>
    </message>
    <message>
        <source>The assistant wants to run &lt;b&gt;{tool}&lt;/b&gt; on the remote MCP server &lt;b&gt;{server}&lt;/b&gt;.</source>
        <translation>L’assistant veut exécuter &lt;b&gt;{tool}&lt;/b&gt; sur le serveur MCP distant &lt;b&gt;{server}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The assistant wants to run &lt;b&gt;{tool}&lt;/b&gt; on the MCP server &lt;b&gt;{server}&lt;/b&gt;.</source>
        <translation>L’assistant veut exécuter &lt;b&gt;{tool}&lt;/b&gt; sur le serveur MCP &lt;b&gt;{server}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The server says this tool only reads.</source>
        <translation>Le serveur indique que cet outil ne fait que lire.</translation>
    </message>
    <message>
        <source>What the assistant wants to run</source>
        <translation>Ce que l’assistant veut exécuter</translation>
    </message>
    <message>
        <source>&amp;Arguments (you may edit them)</source>
        <translation>&amp;Arguments (modifiables)</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>Arguments check</source>
        <translation>Vérification des arguments</translation>
    </message>
    <message>
        <source>&amp;Message to the assistant if you deny (optional)</source>
        <translation>&amp;Message à l’assistant en cas de refus (facultatif)</translation>
    </message>
    <message>
        <source>Message to the assistant</source>
        <translation>Message à l’assistant</translation>
    </message>
    <message>
        <source>Allow &amp;once</source>
        <translation>Autoriser &amp;une fois</translation>
    </message>
    <message>
        <source>Run this call</source>
        <translation>Exécuter cet appel</translation>
    </message>
    <message>
        <source>Allow for this &amp;thread</source>
        <translation>Autoriser pour ce &amp;fil</translation>
    </message>
    <message>
        <source>Run this tool&apos;s calls in this conversation without asking</source>
        <translation>Exécuter les appels de cet outil dans cette conversation sans demander</translation>
    </message>
    <message>
        <source>Al&amp;ways allow this tool</source>
        <translation>&amp;Toujours autoriser cet outil</translation>
    </message>
    <message>
        <source>Never ask again for this tool (saved in the assistant)</source>
        <translation>Ne plus jamais demander pour cet outil (enregistré dans l’assistant)</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Do not run it; the assistant is told</source>
        <translation>Ne pas l’exécuter&#xa0;; l’assistant en est informé</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>JSON valide.</translation>
    </message>
</context>
<context>
    <name>ToolOutputDialog</name>
    <message>
        <source>Type or paste the output the function returned.</source>
        <translation>Saisissez ou collez la sortie renvoyée par la fonction.</translation>
    </message>
    <message>
        <source>Not valid JSON ({problem}, line {line}); it will be sent as plain text.</source>
        <translation>JSON non valide ({problem}, ligne {line})&#xa0;; il sera envoyé en texte brut.</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>JSON valide.</translation>
    </message>
    <message>
        <source>Output of {name}</source>
        <translation>Sortie de {name}</translation>
    </message>
    <message>
        <source>Function call output</source>
        <translation>Sortie de l’appel de fonction</translation>
    </message>
    <message>
        <source>The assistant called the function &lt;b&gt;{name}&lt;/b&gt;. Run it yourself and give its output; the reply continues with it.</source>
        <translation>L’assistant a appelé la fonction &lt;b&gt;{name}&lt;/b&gt;. Exécutez-la vous-même et fournissez sa sortie&#xa0;; la réponse continue avec elle.</translation>
    </message>
    <message>
        <source>&amp;Arguments</source>
        <translation>&amp;Arguments</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>&amp;Sortie</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>For example {&quot;temperature&quot;: 21, &quot;unit&quot;: &quot;C&quot;}</source>
        <translation>Par exemple {&quot;temperature&quot;: 21, &quot;unit&quot;: &quot;C&quot;}</translation>
    </message>
    <message>
        <source>Output hint</source>
        <translation>Indication sur la sortie</translation>
    </message>
    <message>
        <source>&amp;Send output</source>
        <translation>&amp;Envoyer la sortie</translation>
    </message>
    <message>
        <source>Send output</source>
        <translation>Envoyer la sortie</translation>
    </message>
    <message>
        <source>Send this output to the assistant (Ctrl+Enter)</source>
        <translation>Envoyer cette sortie à l’assistant (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Tell the assistant the function was not run</source>
        <translation>Dire à l’assistant que la fonction n’a pas été exécutée</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Close; the call keeps waiting (Esc)</source>
        <translation>Fermer&#xa0;; l’appel reste en attente (Échap)</translation>
    </message>
</context>
<context>
    <name>ToolRow</name>
    <message>
        <source>Ask first</source>
        <translation>Demander d’abord</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>Toujours autoriser</translation>
    </message>
    <message>
        <source>Use {name}</source>
        <translation>Utiliser {name}</translation>
    </message>
    <message>
        <source>Approval for {name}</source>
        <translation>Approbation pour {name}</translation>
    </message>
    <message>
        <source>Ask before each call, or let calls of this tool run without asking</source>
        <translation>Demander avant chaque appel, ou laisser les appels de cet outil s’exécuter sans demander</translation>
    </message>
</context>
<context>
    <name>ToolsDialogs</name>
    <message>
        <source>Remove MCP server</source>
        <translation>Retirer le serveur MCP</translation>
    </message>
    <message>
        <source>Remove the MCP server “{name}”?</source>
        <translation>Retirer le serveur MCP «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>It is stopped, and its secrets are removed from the keyring.</source>
        <translation>Il est arrêté et ses secrets sont retirés du trousseau.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Retirer le serveur</translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <source>MCP servers give assistants tools. Add a server here, then choose which assistant may use its tools in the assistant&apos;s form (Tools from MCP servers). Every call is shown to you before it runs.</source>
        <translation>Les serveurs MCP donnent des outils aux assistants. Ajoutez un serveur ici, puis choisissez dans le formulaire de l’assistant (Outils des serveurs MCP) quel assistant peut utiliser ses outils. Chaque appel vous est montré avant de s’exécuter.</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>Serveurs MCP</translation>
    </message>
    <message>
        <source>Selected server</source>
        <translation>Serveur sélectionné</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add an MCP server</source>
        <translation>Ajouter un serveur MCP</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the selected server</source>
        <translation>Modifier le serveur sélectionné</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <source>Remove the selected server</source>
        <translation>Retirer le serveur sélectionné</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Start the selected server and list its tools</source>
        <translation>Démarrer le serveur sélectionné et lister ses outils</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>Redé&amp;marrer</translation>
    </message>
    <message>
        <source>Stop the selected server and start it again</source>
        <translation>Arrêter le serveur sélectionné et le redémarrer</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>No server yet: Add one.</source>
        <translation>Pas encore de serveur&#xa0;: ajoutez-en un.</translation>
    </message>
</context>
<context>
    <name>VariableRow</name>
    <message>
        <source>{what} name</source>
        <translation>{what}&#xa0;: nom</translation>
    </message>
    <message>
        <source>{what} value</source>
        <translation>{what}&#xa0;: valeur</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>{what} is a secret</source>
        <translation>{what} est secret</translation>
    </message>
    <message>
        <source>Keep the value in the system keyring, never in the settings file</source>
        <translation>Garder la valeur dans le trousseau du système, jamais dans le fichier de paramètres</translation>
    </message>
    <message>
        <source>Remove {what}</source>
        <translation>Retirer&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Remove this {what}</source>
        <translation>Retirer cet élément&#xa0;: {what}</translation>
    </message>
</context>
<context>
    <name>VariablesEditor</name>
    <message>
        <source>Add {what}</source>
        <translation>Ajouter&#xa0;: {what}</translation>
    </message>
</context>
<context>
    <name>VariablesForm</name>
    <message>
        <source>Fill in the prompt</source>
        <translation>Compléter le prompt</translation>
    </message>
    <message>
        <source>“{title}” has blanks to fill in before it goes into the message box.</source>
        <translation>«&#xa0;{title}&#xa0;» comporte des champs à remplir avant d’aller dans la zone de message.</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}&#xa0;:</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
    <message>
        <source>Insert the prompt</source>
        <translation>Insérer le prompt</translation>
    </message>
</context>
<context>
    <name>VectorStoresViewModel</name>
    <message>
        <source>Loading vector stores…</source>
        <translation>Chargement des magasins de vecteurs…</translation>
    </message>
    <message>
        <source>Could not list vector stores.</source>
        <translation>Impossible de lister les magasins de vecteurs.</translation>
    </message>
    <message>
        <source>No vector stores yet: create one.</source>
        <translation>Pas encore de magasin de vecteurs&#xa0;: créez-en un.</translation>
    </message>
    <message>
        <source>Name the new vector store.</source>
        <translation>Donnez un nom au nouveau magasin de vecteurs.</translation>
    </message>
    <message>
        <source>Creating “{name}”…</source>
        <translation>Création de «&#xa0;{name}&#xa0;»…</translation>
    </message>
    <message>
        <source>Could not create the vector store.</source>
        <translation>Impossible de créer le magasin de vecteurs.</translation>
    </message>
    <message>
        <source>Created {label}.</source>
        <translation>{label} créé.</translation>
    </message>
    <message>
        <source>New vector store</source>
        <translation>Nouveau magasin de vecteurs</translation>
    </message>
    <message>
        <source>Name of the new vector store:</source>
        <translation>Nom du nouveau magasin de vecteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Add files to the vector store</source>
        <translation>Ajouter des fichiers au magasin de vecteurs</translation>
    </message>
    <message>
        <source>Choose or create a vector store first.</source>
        <translation>Choisissez ou créez d’abord un magasin de vecteurs.</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n file(s)…</source>
        <translation>
            <numerusform>Envoi de %n fichier…</numerusform>
            <numerusform>Envoi de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add the files.</source>
        <translation>Impossible d’ajouter les fichiers.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n file(s) to {store}.</source>
        <translation>
            <numerusform>%n fichier ajouté à {store}.</numerusform>
            <numerusform>%n fichiers ajoutés à {store}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewModel</name>
    <message>
        <source>{failure} Unexpected error: {error}</source>
        <translation>{failure} Erreur inattendue&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>_Ago</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_BadgeWords</name>
    <message numerus="yes">
        <source>%n function(s)</source>
        <translation>
            <numerusform>%n fonction</numerusform>
            <numerusform>%n fonctions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_CompareWords</name>
    <message numerus="yes">
        <source>Keep all: each of the %n thread(s) is listed with its prompt and reply. Discard: they are deleted here and on the server.</source>
        <translation>
            <numerusform>Tout garder&#xa0;: le fil est listé avec son prompt et sa réponse. Abandonner&#xa0;: il est supprimé ici et sur le serveur.</numerusform>
            <numerusform>Tout garder&#xa0;: chacun des %n fils est listé avec son prompt et sa réponse. Abandonner&#xa0;: ils sont supprimés ici et sur le serveur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_LeftOutWords</name>
    <message numerus="yes">
        <source>%n tool call(s)</source>
        <translation>
            <numerusform>%n appel d’outil</numerusform>
            <numerusform>%n appels d’outil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) made by a tool</source>
        <translation>
            <numerusform>%n image produite par un outil</numerusform>
            <numerusform>%n images produites par un outil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n fichier joint</numerusform>
            <numerusform>%n fichiers joints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views.assistants.field</name>
    <message>
        <source>{field_name} error</source>
        <translation>Erreur&#xa0;: {field_name}</translation>
    </message>
</context>
</TS>
