<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app_name}</source>
        <translation>Acerca de {app_name}</translation>
    </message>
    <message>
        <source>{app_name} icon</source>
        <translation>Icono de {app_name}</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{app_name}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{app_name}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Nombre de la aplicación</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>Versión de la aplicación</translation>
    </message>
    <message>
        <source>Conversations with AI assistants, on your desktop.</source>
        <translation>Conversaciones con asistentes de IA, en su escritorio.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{homepage}&quot;&gt;{homepage}&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;{homepage}&quot;&gt;{homepage}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Open the project&apos;s homepage in your web browser</source>
        <translation>Abrir el sitio web del proyecto en su navegador</translation>
    </message>
    <message>
        <source>Released under the {license_name} licence.</source>
        <translation>Publicado bajo la licencia {license_name}.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Component versions</source>
        <translation>Versiones de los componentes</translation>
    </message>
    <message>
        <source>The versions of BelugaDesk and the software it uses</source>
        <translation>Las versiones de BelugaDesk y del software que usa</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>&amp;Copiar versiones</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>Copiar versiones</translation>
    </message>
    <message>
        <source>Copy the versions to the clipboard, to paste into a bug report</source>
        <translation>Copiar las versiones al portapapeles, para pegarlas en un informe de error</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Copiar estado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Verde azulado</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Violeta</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Naranja</translation>
    </message>
    <message>
        <source>Graphite</source>
        <translation>Grafito</translation>
    </message>
    <message>
        <source>Colour scheme: {scheme}</source>
        <translation>Esquema de color: {scheme}</translation>
    </message>
    <message>
        <source>Accent colour: {colour}</source>
        <translation>Color de acento: {colour}</translation>
    </message>
    <message>
        <source>{colour} accent</source>
        <translation>Acento {colour}</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Tamaño de letra</translation>
    </message>
    <message>
        <source>The size of text in the whole window, in points</source>
        <translation>El tamaño del texto en toda la ventana, en puntos</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the window&apos;s text; it changes when BelugaDesk starts again</source>
        <translation>El idioma de los textos de la ventana; cambia la próxima vez que se inicie BelugaDesk</translation>
    </message>
    <message>
        <source>Takes effect after a restart.</source>
        <translation>Se aplica tras reiniciar.</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Esquema de color</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Color de acento</translation>
    </message>
    <message>
        <source>&amp;Font size</source>
        <translation>&amp;Tamaño de letra</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The network client could not be loaded.</source>
        <extracomment>asks what to do with a database that cannot be used (tests may replace it)</extracomment>
        <translation>No se pudo cargar el cliente de red.</translation>
    </message>
    <message>
        <source>The keyring could not be opened.</source>
        <translation>No se pudo abrir el llavero.</translation>
    </message>
    <message>
        <source>The message renderer could not be loaded.</source>
        <translation>No se pudo cargar el renderizador de mensajes.</translation>
    </message>
    <message>
        <source>The backup chosen in Settings → Data was not restored. {reason}</source>
        <translation>La copia de seguridad elegida en Ajustes → Datos no se restauró. {reason}</translation>
    </message>
    <message>
        <source>The daily backup was not made.</source>
        <translation>No se hizo la copia de seguridad diaria.</translation>
    </message>
</context>
<context>
    <name>AssistantDelegate</name>
    <message>
        <source>Code interpreter</source>
        <translation>Intérprete de código</translation>
    </message>
    <message>
        <source>File search</source>
        <translation>Búsqueda de archivos</translation>
    </message>
</context>
<context>
    <name>AssistantDialogs</name>
    <message>
        <source>BelugaDesk assistant (*.json);;All files (*)</source>
        <translation>Asistente de BelugaDesk (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Delete assistant?</source>
        <translation>¿Eliminar el asistente?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete assistant</source>
        <translation>Eliminar asistente</translation>
    </message>
    <message>
        <source>Export assistant</source>
        <translation>Exportar asistente</translation>
    </message>
    <message>
        <source>Import assistant</source>
        <translation>Importar asistente</translation>
    </message>
</context>
<context>
    <name>AssistantFormDialog</name>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>Objeto JSON</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>Esquema JSON</translation>
    </message>
    <message>
        <source>&amp;Advanced: sampling, reasoning, response format, metadata</source>
        <translation>&amp;Avanzado: muestreo, razonamiento, formato de respuesta, metadatos</translation>
    </message>
    <message>
        <source>Temperature, Top P, stop sequences, seed and reasoning effort, a JSON response format, and metadata key–value pairs</source>
        <translation>Temperatura, Top P, secuencias de parada, semilla y esfuerzo de razonamiento, un formato de respuesta JSON y pares clave–valor de metadatos</translation>
    </message>
    <message>
        <source>Save assistant</source>
        <translation>Guardar asistente</translation>
    </message>
    <message>
        <source>Save the assistant (Ctrl+S)</source>
        <translation>Guardar el asistente (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Form status</source>
        <translation>Estado del formulario</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Required, up to {name_max} characters</source>
        <translation>Obligatorio, hasta {name_max} caracteres</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Optional, up to {description_max} characters</source>
        <translation>Opcional, hasta {description_max} caracteres</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>Conversation starters</source>
        <translation>Inicios de conversación</translation>
    </message>
    <message>
        <source>Optional: up to {starters_max} suggested first messages, one per line, shown in an empty chat</source>
        <translation>Opcional: hasta {starters_max} primeros mensajes sugeridos, uno por línea, que se muestran en un chat vacío</translation>
    </message>
    <message>
        <source>One suggested first message per line</source>
        <translation>Un primer mensaje sugerido por línea</translation>
    </message>
    <message>
        <source>Con&amp;versation starters</source>
        <translation>Inicios de con&amp;versación</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Choose a model from the server&apos;s list, or type any model name</source>
        <translation>Elegir un modelo de la lista del servidor o escribir cualquier nombre de modelo</translation>
    </message>
    <message>
        <source>Model list status</source>
        <translation>Estado de la lista de modelos</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>The system instructions the assistant follows (up to 256,000 characters)</source>
        <translation>Las instrucciones de sistema que sigue el asistente (hasta 256 000 caracteres)</translation>
    </message>
    <message>
        <source>&amp;Instructions</source>
        <translation>&amp;Instrucciones</translation>
    </message>
    <message>
        <source>Monospace</source>
        <translation>Monoespaciada</translation>
    </message>
    <message>
        <source>Show instructions in a monospace font</source>
        <translation>Mostrar las instrucciones con letra monoespaciada</translation>
    </message>
    <message>
        <source>Show the instructions in a fixed-width font</source>
        <translation>Mostrar las instrucciones con una letra de ancho fijo</translation>
    </message>
    <message>
        <source>Instructions character count</source>
        <translation>Número de caracteres de las instrucciones</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Muestreo</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>La temperatura</translation>
    </message>
    <message>
        <source>0–2: higher is more varied, lower more focused</source>
        <translation>0–2: más alto es más variado, más bajo más centrado</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>&amp;Temperatura</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>0–1: sample only from the most likely tokens</source>
        <translation>0–1: muestrear solo entre los tokens más probables</translation>
    </message>
    <message>
        <source>Top &amp;P</source>
        <translation>Top &amp;P</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>Secuencias de parada</translation>
    </message>
    <message>
        <source>Up to 4 texts that end the reply, one a line (write \n for a new line, \t for a tab)</source>
        <translation>Hasta 4 textos que terminan la respuesta, uno por línea (escriba \n para una línea nueva, \t para un tabulador)</translation>
    </message>
    <message>
        <source>One a line, e.g. \n\nUser:</source>
        <translation>Una por línea, p. ej. \n\nUser:</translation>
    </message>
    <message>
        <source>Stop se&amp;quences</source>
        <translation>Secuencias de &amp;parada</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>A whole number: the same seed and request give the same reply where it can</source>
        <translation>Un número entero: la misma semilla y la misma petición dan, cuando es posible, la misma respuesta</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>S&amp;emilla</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>Valor por defecto del modelo</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>Esfuerzo de razonamiento</translation>
    </message>
    <message>
        <source>How much a reasoning model (o-series, gpt-5) thinks before it answers; other models refuse it</source>
        <translation>Cuánto piensa un modelo de razonamiento (serie o, gpt-5) antes de responder; otros modelos lo rechazan</translation>
    </message>
    <message>
        <source>&amp;Reasoning effort</source>
        <translation>Esfuerzo de &amp;razonamiento</translation>
    </message>
    <message>
        <source>Response format</source>
        <translation>Formato de respuesta</translation>
    </message>
    <message>
        <source>Plain text, any JSON object, or JSON that matches a schema</source>
        <translation>Texto sin formato, cualquier objeto JSON o JSON que cumpla un esquema</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>Schema name</source>
        <translation>Nombre del esquema</translation>
    </message>
    <message>
        <source>1–64 letters, digits, underscores or hyphens</source>
        <translation>De 1 a 64 letras, dígitos, guiones bajos o guiones</translation>
    </message>
    <message>
        <source>Strict (the reply always matches the schema)</source>
        <translation>Estricto (la respuesta siempre cumple el esquema)</translation>
    </message>
    <message>
        <source>Schema strict mode</source>
        <translation>Modo estricto del esquema</translation>
    </message>
    <message>
        <source>Strict mode needs every property required and additionalProperties false</source>
        <translation>El modo estricto exige que todas las propiedades sean obligatorias y additionalProperties sea false</translation>
    </message>
    <message>
        <source>Response schema</source>
        <translation>Esquema de respuesta</translation>
    </message>
    <message>
        <source>Sc&amp;hema</source>
        <translation>Es&amp;quema</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadatos</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Code interpreter</source>
        <translation>Intérprete de código</translation>
    </message>
    <message>
        <source>Let the assistant write and run Python code</source>
        <translation>Permitir que el asistente escriba y ejecute código Python</translation>
    </message>
    <message>
        <source>F&amp;unctions the assistant may call</source>
        <translation>F&amp;unciones que el asistente puede llamar</translation>
    </message>
    <message>
        <source>Why {key} is unavailable</source>
        <translation>Por qué {key} no está disponible</translation>
    </message>
    <message>
        <source>Loading models…</source>
        <translation>Cargando modelos…</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) available; any other name can be typed.</source>
        <translation>
            <numerusform>%n modelo disponible; se puede escribir cualquier otro nombre.</numerusform>
            <numerusform>%n modelos disponibles; se puede escribir cualquier otro nombre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>To save: {first_error}</source>
        <translation>Para guardar: {first_error}</translation>
    </message>
</context>
<context>
    <name>AssistantFormViewModel</name>
    <message>
        <source>New assistant</source>
        <translation>Nuevo asistente</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>Editar «{name}»</translation>
    </message>
    <message>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} caracteres</translation>
    </message>
    <message>
        <source>The schema is valid.</source>
        <translation>El esquema es válido.</translation>
    </message>
    <message>
        <source>Could not load the model list: {error} You can still type a model name.</source>
        <translation>No se pudo cargar la lista de modelos: {error} Aun así puede escribir un nombre de modelo.</translation>
    </message>
    <message>
        <source>Could not save the assistant.</source>
        <translation>No se pudo guardar el asistente.</translation>
    </message>
    <message>
        <source>Saved on this computer, but the assistant could not be created on the server: {error}</source>
        <translation>Guardado en este equipo, pero el asistente no se pudo crear en el servidor: {error}</translation>
    </message>
    <message>
        <source>Saved on this computer, but the assistant could not be updated on the server: {error}</source>
        <translation>Guardado en este equipo, pero el asistente no se pudo actualizar en el servidor: {error}</translation>
    </message>
</context>
<context>
    <name>AssistantListModel</name>
    <message>
        <source>code interpreter</source>
        <translation>intérprete de código</translation>
    </message>
    <message>
        <source>file search</source>
        <translation>búsqueda de archivos</translation>
    </message>
    <message numerus="yes">
        <source>%n function(s)</source>
        <translation>
            <numerusform>%n función</numerusform>
            <numerusform>%n funciones</numerusform>
        </translation>
    </message>
    <message>
        <source>no tools</source>
        <translation>sin herramientas</translation>
    </message>
    <message>
        <source>Tools: {tools}</source>
        <translation>Herramientas: {tools}</translation>
    </message>
</context>
<context>
    <name>AssistantListPane</name>
    <message>
        <source>&amp;Assistants</source>
        <translation>&amp;Asistentes</translation>
    </message>
    <message>
        <source>Search assistants</source>
        <translation>Buscar asistentes</translation>
    </message>
    <message>
        <source>Filter by name, description or model</source>
        <translation>Filtrar por nombre, descripción o modelo</translation>
    </message>
    <message>
        <source>Sort assistants by</source>
        <translation>Ordenar asistentes por</translation>
    </message>
    <message>
        <source>Sort by name or by when the assistant was last used</source>
        <translation>Ordenar por nombre o por el último uso del asistente</translation>
    </message>
    <message>
        <source>Assistants</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Assistant library status</source>
        <translation>Estado de la biblioteca de asistentes</translation>
    </message>
    <message>
        <source>&amp;New assistant…</source>
        <translation>&amp;Nuevo asistente…</translation>
    </message>
    <message>
        <source>Create an assistant</source>
        <translation>Crear un asistente</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected assistant</source>
        <translation>Editar el asistente seleccionado</translation>
    </message>
    <message>
        <source>New &amp;thread with this assistant</source>
        <translation>Nueva &amp;conversación con este asistente</translation>
    </message>
    <message>
        <source>Start a new thread with it</source>
        <translation>Empezar una conversación nueva con él</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Copy it</source>
        <translation>Hacer una copia</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the assistant</source>
        <translation>Eliminar el asistente</translation>
    </message>
    <message>
        <source>E&amp;xport as JSON…</source>
        <translation>E&amp;xportar como JSON…</translation>
    </message>
    <message>
        <source>Save it as a JSON file</source>
        <translation>Guardarlo como archivo JSON</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>&amp;Importar desde JSON…</translation>
    </message>
    <message>
        <source>Add one from a file</source>
        <translation>Añadir uno desde un archivo</translation>
    </message>
    <message>
        <source>Import from &amp;server…</source>
        <translation>Importar desde el &amp;servidor…</translation>
    </message>
    <message>
        <source>Import assistants defined on the server</source>
        <translation>Importar asistentes definidos en el servidor</translation>
    </message>
</context>
<context>
    <name>AssistantListViewModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>The assistant&apos;s last use could not be saved.</source>
        <translation>No se pudo guardar el último uso del asistente.</translation>
    </message>
    <message>
        <source>Saved “{name}” (version {version}).</source>
        <translation>«{name}» guardado (versión {version}).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n assistant(s) from the server.</source>
        <translation>
            <numerusform>Se importó %n asistente del servidor.</numerusform>
            <numerusform>Se importaron %n asistentes del servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” was not deleted.</source>
        <translation>«{name}» no se eliminó.</translation>
    </message>
    <message>
        <source>Created “{name}”.</source>
        <translation>«{name}» creado.</translation>
    </message>
    <message>
        <source>No thread uses it.</source>
        <translation>Ninguna conversación lo usa.</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s) use it; they keep their messages.</source>
        <translation>
            <numerusform>%n conversación lo usa; conserva sus mensajes.</numerusform>
            <numerusform>%n conversaciones lo usan; conservan sus mensajes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the assistant “{name}”?</source>
        <translation>¿Eliminar el asistente «{name}»?</translation>
    </message>
    <message>
        <source>the assistant</source>
        <translation>el asistente</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>«{name}» eliminado.</translation>
    </message>
    <message>
        <source>Exported “{name}” to {file}.</source>
        <translation>«{name}» exportado a {file}.</translation>
    </message>
    <message>
        <source>{name} cannot be imported: {key}: {message}</source>
        <translation>{name} no se puede importar: {key}: {message}</translation>
    </message>
    <message>
        <source>Imported “{name}”.</source>
        <translation>«{name}» importado.</translation>
    </message>
</context>
<context>
    <name>AssistantPicker</name>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>The assistant of new chats</source>
        <translation>El asistente de los chats nuevos</translation>
    </message>
    <message>
        <source>Assistant &amp;library</source>
        <translation>&amp;Biblioteca de asistentes</translation>
    </message>
    <message>
        <source>Show every assistant with search, sorting and tool badges</source>
        <translation>Mostrar todos los asistentes con búsqueda, orden e insignias de herramientas</translation>
    </message>
    <message>
        <source>Assistant actions</source>
        <translation>Acciones del asistente</translation>
    </message>
    <message>
        <source>New, edit, duplicate, delete, export and import assistants</source>
        <translation>Crear, editar, duplicar, eliminar, exportar e importar asistentes</translation>
    </message>
</context>
<context>
    <name>AssistantValidation</name>
    <message>
        <source>At most {limit} stop sequences are allowed (one a line); there are {count}.</source>
        <extracomment>turns a marked English sentence into the person&apos;s language (the view-model passes Qt&apos;s; English here)</extracomment>
        <translation>Se permiten como máximo {limit} secuencias de parada (una por línea); hay {count}.</translation>
    </message>
    <message>
        <source>The seed must be a whole number (64-bit), or empty for none.</source>
        <translation>La semilla debe ser un número entero (64 bits), o quedar vacía.</translation>
    </message>
    <message>
        <source>At most {limit} conversation starters are shown; there are {count}.</source>
        <translation>Se muestran como máximo {limit} inicios de conversación; hay {count}.</translation>
    </message>
    <message>
        <source>Starter {number} is longer than {limit} characters; keep each to one short request.</source>
        <translation>El inicio {number} supera los {limit} caracteres; limite cada uno a una petición breve.</translation>
    </message>
    <message>
        <source>{label} must be between {low} and {high} (or unset to use the model&apos;s default).</source>
        <translation>{label} debe estar entre {low} y {high} (o sin definir para usar el valor por defecto del modelo).</translation>
    </message>
    <message>
        <source>{label} is {length} characters long; the limit is {limit}.</source>
        <translation>{label} tiene {length} caracteres; el límite es {limit}.</translation>
    </message>
    <message>
        <source>At most {limit} metadata pairs are allowed (BelugaDesk keeps two for itself on this profile); there are {count}.</source>
        <translation>Se permiten como máximo {limit} pares de metadatos (BelugaDesk se reserva dos en este perfil); hay {count}.</translation>
    </message>
    <message>
        <source>At most {limit} metadata pairs are allowed; there are {count}.</source>
        <translation>Se permiten como máximo {limit} pares de metadatos; hay {count}.</translation>
    </message>
    <message>
        <source>Row {row}: enter a key (or remove the row).</source>
        <translation>Fila {row}: escriba una clave (o quite la fila).</translation>
    </message>
    <message>
        <source>Row {row}: the key “{key}” is reserved for BelugaDesk.</source>
        <translation>Fila {row}: la clave «{key}» está reservada para BelugaDesk.</translation>
    </message>
    <message>
        <source>Row {row}: the key is {length} characters; the limit is {limit}.</source>
        <translation>Fila {row}: la clave tiene {length} caracteres; el límite es {limit}.</translation>
    </message>
    <message>
        <source>Row {row}: the value is {length} characters; the limit is {limit}.</source>
        <translation>Fila {row}: el valor tiene {length} caracteres; el límite es {limit}.</translation>
    </message>
    <message>
        <source>Row {row}: the key “{key}” is used twice.</source>
        <translation>Fila {row}: la clave «{key}» se usa dos veces.</translation>
    </message>
    <message>
        <source>Use 1–64 letters, digits, underscores or hyphens.</source>
        <translation>Use de 1 a 64 letras, dígitos, guiones bajos o guiones.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Escriba un nombre.</translation>
    </message>
    <message>
        <source>Another function is already called “{name}”.</source>
        <translation>Ya hay otra función llamada «{name}».</translation>
    </message>
    <message>
        <source>Fix function {which}.</source>
        <translation>Corrija la función {which}.</translation>
    </message>
    <message>
        <source>Fix functions {which}.</source>
        <translation>Corrija las funciones {which}.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>El nombre</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>La descripción</translation>
    </message>
    <message>
        <source>The instructions</source>
        <translation>Las instrucciones</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>La temperatura</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>Choose or type a model.</source>
        <translation>Elija o escriba un modelo.</translation>
    </message>
    <message>
        <source>Name the schema with 1–64 letters, digits, underscores or hyphens.</source>
        <translation>Ponga al esquema un nombre de 1 a 64 letras, dígitos, guiones bajos o guiones.</translation>
    </message>
</context>
<context>
    <name>AsyncKeys</name>
    <message>
        <source>From the OPENAI_API_KEY environment variable</source>
        <translation>De la variable de entorno OPENAI_API_KEY</translation>
    </message>
    <message>
        <source>Kept for this session only (not saved)</source>
        <translation>Guardada solo para esta sesión (no se guarda)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Stored in {keyring}</source>
        <translation>Guardada en {keyring}</translation>
    </message>
</context>
<context>
    <name>AttachmentListModel</name>
    <message>
        <source>image</source>
        <translation>imagen</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <source>Upload state of {name}</source>
        <translation>Estado de la subida de {name}</translation>
    </message>
    <message>
        <source>Uploading {name}</source>
        <translation>Subiendo {name}</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Subiendo…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>Error: {error}</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Retry uploading {name}</source>
        <translation>Reintentar la subida de {name}</translation>
    </message>
    <message>
        <source>Upload this file again</source>
        <translation>Subir este archivo de nuevo</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Quitar {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the message</source>
        <translation>Quitar {name} del mensaje</translation>
    </message>
    <message>
        <source>Use {name} with</source>
        <translation>Usar {name} con</translation>
    </message>
    <message>
        <source>An image in the message is seen by the model; file search reads the file to answer; the code interpreter can run code on it</source>
        <translation>El modelo ve una imagen incluida en el mensaje; la búsqueda de archivos lee el archivo para responder; el intérprete de código puede ejecutar código con él</translation>
    </message>
</context>
<context>
    <name>AttachmentsBar</name>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
</context>
<context>
    <name>BehaviourPage</name>
    <message>
        <source>Sending messages</source>
        <translation>Envío de mensajes</translation>
    </message>
    <message>
        <source>&amp;Enter sends, Shift+Enter starts a new line</source>
        <translation>&amp;Intro envía, Mayús+Intro empieza una línea nueva</translation>
    </message>
    <message>
        <source>Enter sends</source>
        <translation>Intro envía</translation>
    </message>
    <message>
        <source>&amp;Ctrl+Enter sends, Enter starts a new line</source>
        <translation>&amp;Ctrl+Intro envía, Intro empieza una línea nueva</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends</source>
        <translation>Ctrl+Intro envía</translation>
    </message>
</context>
<context>
    <name>BranchBar</name>
    <message>
        <source>Branched from</source>
        <translation>Rama de</translation>
    </message>
    <message>
        <source>Branches of this thread</source>
        <translation>Ramas de esta conversación</translation>
    </message>
</context>
<context>
    <name>BranchLinksViewModel</name>
    <message>
        <source>Branched from a thread that has been deleted</source>
        <translation>Rama de una conversación eliminada</translation>
    </message>
    <message>
        <source>Branched from “{title}”</source>
        <translation>Rama de «{title}»</translation>
    </message>
    <message numerus="yes">
        <source>Branches (%n):</source>
        <translation>
            <numerusform>Rama (%n):</numerusform>
            <numerusform>Ramas (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>The branches of this thread could not be read.</source>
        <translation>No se pudieron leer las ramas de esta conversación.</translation>
    </message>
</context>
<context>
    <name>Branching</name>
    <message>
        <source>{title} (branch)</source>
        <translation>{title} (rama)</translation>
    </message>
    <message>
        <source>The branch shows the whole history, but this API could not copy {items} into the new thread, so the assistant will not see them there.</source>
        <translation>La rama muestra todo el historial, pero esta API no pudo copiar {items} en la nueva conversación, así que el asistente no los verá allí.</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <source>Add model</source>
        <translation>Añadir modelo</translation>
    </message>
    <message>
        <source>Add a context budget</source>
        <translation>Añadir un presupuesto de contexto</translation>
    </message>
    <message>
        <source>Add a row and start typing the model&apos;s name</source>
        <translation>Añadir una fila y empezar a escribir el nombre del modelo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the context budget</source>
        <translation>Quitar el presupuesto de contexto</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Quitar la fila seleccionada</translation>
    </message>
</context>
<context>
    <name>ChatActions</name>
    <message>
        <source>That file lives in the code interpreter&apos;s sandbox; right-click the image to save it.</source>
        <translation>Ese archivo está en el entorno aislado del intérprete de código; haga clic derecho en la imagen para guardarla.</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Detener la respuesta</translation>
    </message>
    <message>
        <source>Regenerate the last reply</source>
        <translation>Regenerar la última respuesta</translation>
    </message>
    <message>
        <source>Ask again for the last reply. On the Responses API the server&apos;s conversation keeps the earlier reply, so the model sees it as context.</source>
        <translation>Pedir de nuevo la última respuesta. En la API Responses, la conversación del servidor conserva la respuesta anterior, así que el modelo la ve como contexto.</translation>
    </message>
    <message>
        <source>Edit the last message</source>
        <translation>Editar el último mensaje</translation>
    </message>
    <message>
        <source>Copy the last reply</source>
        <translation>Copiar la última respuesta</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Adjuntar archivos…</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>Ir al mensaje más reciente</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Branch from here</source>
        <translation>Crear una rama desde aquí</translation>
    </message>
    <message>
        <source>A new thread with the history up to the selected message (the last one if none is selected)</source>
        <translation>Una nueva conversación con el historial hasta el mensaje seleccionado (el último si no hay ninguno seleccionado)</translation>
    </message>
    <message>
        <source>Cancel the edit</source>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copiar mensaje</translation>
    </message>
    <message>
        <source>Copy the message as Markdown</source>
        <translation>Copiar el mensaje como Markdown</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Ramificar</translation>
    </message>
    <message>
        <source>Branch from here: a new thread with the history up to this message</source>
        <translation>Crear una rama desde aquí: una nueva conversación con el historial hasta este mensaje</translation>
    </message>
    <message>
        <source>Empty the message box first: editing puts your last message there.</source>
        <translation>Vacíe primero el cuadro de mensaje: al editar, su último mensaje se coloca ahí.</translation>
    </message>
    <message>
        <source>Empty the message box first: editing puts the message there.</source>
        <translation>Vacíe primero el cuadro de mensaje: al editar, el mensaje se coloca ahí.</translation>
    </message>
    <message>
        <source>Copied the last reply.</source>
        <translation>Última respuesta copiada.</translation>
    </message>
    <message>
        <source>Message menu</source>
        <translation>Menú del mensaje</translation>
    </message>
    <message>
        <source>Copy selection</source>
        <translation>Copiar selección</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>the buttons of a message&apos;s hover bar: each runs what a menu entry or shortcut already does</extracomment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Put your last message back in the box to change it; sending it makes a branch</source>
        <translation>Devolver su último mensaje al cuadro para cambiarlo; al enviarlo se crea una rama</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Copiar como Markdown</translation>
    </message>
    <message>
        <source>Copy raw text</source>
        <translation>Copiar texto sin formato</translation>
    </message>
    <message>
        <source>Select text</source>
        <translation>Seleccionar texto</translation>
    </message>
    <message>
        <source>Save image as…</source>
        <translation>Guardar imagen como…</translation>
    </message>
    <message>
        <source>Edit in a branch…</source>
        <translation>Editar en una rama…</translation>
    </message>
    <message>
        <source>Change this message and send it in a new branch; this thread stays</source>
        <translation>Cambiar este mensaje y enviarlo en una rama nueva; esta conversación se queda como está</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>ChatAttachments</name>
    <message>
        <source>File search</source>
        <translation>Búsqueda de archivos</translation>
    </message>
    <message>
        <source>Code interpreter</source>
        <translation>Intérprete de código</translation>
    </message>
    <message>
        <source>Image in the message</source>
        <translation>Imagen en el mensaje</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}.</source>
        <translation>{name} no se puede leer: {error}.</translation>
    </message>
    <message>
        <source>{name} is not a file.</source>
        <translation>{name} no es un archivo.</translation>
    </message>
    <message>
        <source>{name} is empty; there is nothing to upload.</source>
        <translation>{name} está vacío; no hay nada que subir.</translation>
    </message>
    <message>
        <source>{name} is {size}; files can be at most 512 MB.</source>
        <translation>{name} ocupa {size}; los archivos pueden ocupar como máximo 512 MB.</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Adjuntar imágenes</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Imágenes ({patterns})</translation>
    </message>
    <message>
        <source>Attach pictures (PNG, JPEG, GIF or WebP) to send with the message (Ctrl+Shift+A)</source>
        <translation>Adjuntar imágenes (PNG, JPEG, GIF o WebP) para enviar con el mensaje (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <source>Attach images for the model to see, or files for file search or code (Ctrl+Shift+A)</source>
        <translation>Adjuntar imágenes para que el modelo las vea, o archivos para la búsqueda de archivos o el código (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Error inesperado: {error}</translation>
    </message>
</context>
<context>
    <name>ChatDrafts</name>
    <message>
        <source>The draft could not be saved; its text is still in the box.</source>
        <translation>No se pudo guardar el borrador; su texto sigue en el cuadro.</translation>
    </message>
</context>
<context>
    <name>ChatImages</name>
    <message>
        <source>The image could not be downloaded: {error}</source>
        <translation>No se pudo descargar la imagen: {error}</translation>
    </message>
    <message>
        <source>The image has not been downloaded yet.</source>
        <translation>La imagen aún no se ha descargado.</translation>
    </message>
    <message>
        <source>Could not save the image to {path}: {error}.</source>
        <translation>No se pudo guardar la imagen en {path}: {error}.</translation>
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
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>↓ Jump to latest</source>
        <translation>↓ Ir a lo más reciente</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>Ir a lo más reciente</translation>
    </message>
    <message>
        <source>Scroll to the newest message and follow the reply (Ctrl+End)</source>
        <translation>Desplazarse al mensaje más reciente y seguir la respuesta (Ctrl+Fin)</translation>
    </message>
    <message>
        <source>Provide tool output…</source>
        <translation>Proporcionar la salida de la herramienta…</translation>
    </message>
    <message>
        <source>Provide tool output</source>
        <translation>Proporcionar la salida de la herramienta</translation>
    </message>
    <message>
        <source>The assistant is waiting for the output of a function call</source>
        <translation>El asistente espera la salida de una llamada a función</translation>
    </message>
    <message>
        <source>Context notice</source>
        <translation>Aviso de contexto</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Reintentar el envío</translation>
    </message>
    <message>
        <source>Send the message in the box again</source>
        <translation>Volver a enviar el mensaje del cuadro</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Mensaje de error</translation>
    </message>
    <message>
        <source>Why sending is not possible</source>
        <translation>Por qué no se puede enviar</translation>
    </message>
    <message>
        <source>Drop files or images to attach them to the message</source>
        <translation>Suelte archivos o imágenes para adjuntarlos al mensaje</translation>
    </message>
    <message>
        <source>Drop files here</source>
        <translation>Suelte los archivos aquí</translation>
    </message>
    <message>
        <source>Select the text of a message, then copy it</source>
        <translation>Seleccionar el texto de un mensaje y luego copiarlo</translation>
    </message>
    <message>
        <source>Enter, then Ctrl+C</source>
        <translation>Intro y luego Ctrl+C</translation>
    </message>
    <message>
        <source>Message menu (copy, copy as Markdown, save image…)</source>
        <translation>Menú del mensaje (copiar, copiar como Markdown, guardar imagen…)</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10</source>
        <translation>Tecla de menú o Mayús+F10</translation>
    </message>
</context>
<context>
    <name>ChatViewModel</name>
    <message>
        <source>The conversation could not be saved.</source>
        <extracomment>what a store write that failed during a send, retry, regenerate or edit says before the store&apos;s sentence</extracomment>
        <translation>No se pudo guardar la conversación.</translation>
    </message>
    <message>
        <source>Choose an assistant to start a conversation.</source>
        <extracomment>where the text typed for a new thread is kept (None: the main composer&apos;s; the quick-ask window keeps its own, so neither overwrites the other) the function tools this chat answers itself (the built-in ones unless given) why the open thread cannot be continued with this profile (&quot;&quot; when it can); set by the resumer the folder a new thread is filed in (the one selected in the sidebar; None: no folder) who approves MCP tool calls (the chat view&apos;s questions); None: calls that need approval are denied per thread id: the (server id, tool name) the person allowed &quot;for this thread&quot; the comparison the threads this chat creates belong to (None: ordinary, listed threads)</extracomment>
        <translation>Elija un asistente para empezar una conversación.</translation>
    </message>
    <message>
        <source>A reply is being written. Press Esc to stop it.</source>
        <translation>Se está escribiendo una respuesta. Pulse Esc para detenerla.</translation>
    </message>
    <message>
        <source>The draft could not be loaded.</source>
        <translation>No se pudo cargar el borrador.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Choose an assistant first.</source>
        <translation>Elija primero un asistente.</translation>
    </message>
    <message>
        <source>Wait until the files have finished uploading.</source>
        <translation>Espere a que los archivos terminen de subirse.</translation>
    </message>
    <message>
        <source>Some files could not be uploaded: remove them or try again.</source>
        <translation>Algunos archivos no se pudieron subir: quítelos o inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Nobody could be asked to approve it.</source>
        <translation>No se pudo pedir la aprobación a nadie.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Editing an earlier message: sending it makes a branch with the new text, and this thread stays as it is.</source>
        <translation>Está editando un mensaje anterior: al enviarlo se crea una rama con el texto nuevo y esta conversación se queda como está.</translation>
    </message>
    <message>
        <source>Making a branch…</source>
        <translation>Creando la rama…</translation>
    </message>
    <message>
        <source>The branch could not be made.</source>
        <translation>No se pudo crear la rama.</translation>
    </message>
    <message>
        <source>The image could not be attached.</source>
        <translation>No se pudo adjuntar la imagen.</translation>
    </message>
    <message>
        <source>Save image as</source>
        <translation>Guardar imagen como</translation>
    </message>
    <message>
        <source>Images (*.png)</source>
        <translation>Imágenes (*.png)</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <source>{name}&apos;s reply</source>
        <translation>Respuesta de {name}</translation>
    </message>
    <message>
        <source>Assistant and model</source>
        <translation>Asistente y modelo</translation>
    </message>
    <message>
        <source>{name}&apos;s messages</source>
        <translation>Mensajes de {name}</translation>
    </message>
    <message>
        <source>Reply status</source>
        <translation>Estado de la respuesta</translation>
    </message>
    <message>
        <source>Usage and cost</source>
        <translation>Uso y coste</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop {name}&apos;s reply</source>
        <translation>Detener la respuesta de {name}</translation>
    </message>
    <message>
        <source>Stop this reply only; the others go on (Esc)</source>
        <translation>Detener solo esta respuesta; las demás siguen (Esc)</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Preguntar de nuevo</translation>
    </message>
    <message>
        <source>Ask {name} again</source>
        <translation>Preguntar de nuevo a {name}</translation>
    </message>
    <message>
        <source>Retry a reply that did not complete, or regenerate this one</source>
        <translation>Reintentar una respuesta que no se completó, o regenerar esta</translation>
    </message>
    <message>
        <source>Continue with this one</source>
        <translation>Continuar con esta</translation>
    </message>
    <message>
        <source>Continue with {name}</source>
        <translation>Continuar con {name}</translation>
    </message>
    <message>
        <source>Keep this thread and open it in the main window; the other replies are deleted</source>
        <translation>Conservar esta conversación y abrirla en la ventana principal; las demás respuestas se eliminan</translation>
    </message>
    <message>
        <source>Stop this reply</source>
        <translation>Detener esta respuesta</translation>
    </message>
</context>
<context>
    <name>CompareDialogs</name>
    <message>
        <source>Close the comparison?</source>
        <translation>¿Cerrar la comparación?</translation>
    </message>
    <message>
        <source>You have not chosen which reply to continue with.</source>
        <translation>No ha elegido con qué respuesta continuar.</translation>
    </message>
    <message>
        <source>Keep all</source>
        <translation>Conservar todas</translation>
    </message>
    <message>
        <source>Keep all threads</source>
        <translation>Conservar todas las conversaciones</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Discard all threads</source>
        <translation>Descartar todas las conversaciones</translation>
    </message>
</context>
<context>
    <name>CompareViewModel</name>
    <message>
        <source>This comparison has been sent; start a new one to compare other assistants.</source>
        <translation>Esta comparación ya se envió; empiece una nueva para comparar otros asistentes.</translation>
    </message>
    <message>
        <source>Choose two to four different assistants.</source>
        <translation>Elija de dos a cuatro asistentes distintos.</translation>
    </message>
    <message>
        <source>Choose two to four assistants to compare.</source>
        <translation>Elija de dos a cuatro asistentes para comparar.</translation>
    </message>
    <message>
        <source>Each column continues on its own; keep one to go on with it.</source>
        <translation>Cada columna continúa por su cuenta; conserve una para seguir con ella.</translation>
    </message>
    <message>
        <source>The comparison could not be settled.</source>
        <translation>No se pudo cerrar la comparación.</translation>
    </message>
    <message>
        <source>Wait for this reply to finish, or stop it, before continuing with it.</source>
        <translation>Espere a que termine esta respuesta, o deténgala, antes de continuar con ella.</translation>
    </message>
    <message>
        <source>This assistant has no reply to continue with; ask it again first.</source>
        <translation>Este asistente no tiene ninguna respuesta con la que continuar; pregúntele de nuevo primero.</translation>
    </message>
    <message>
        <source>{name}&apos;s thread was kept: the server could not delete it ({problem}).</source>
        <translation>Se conservó la conversación de {name}: el servidor no pudo eliminarla ({problem}).</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare assistants</source>
        <translation>Comparar asistentes</translation>
    </message>
    <message>
        <source>Assistants to compare (two to four):</source>
        <translation>Asistentes para comparar (de dos a cuatro):</translation>
    </message>
    <message>
        <source>Assistants to compare</source>
        <translation>Asistentes para comparar</translation>
    </message>
    <message>
        <source>Check two to four assistants (Space checks the one in focus)</source>
        <translation>Marque de dos a cuatro asistentes (Espacio marca el que tiene el foco)</translation>
    </message>
    <message>
        <source>Prompt for every assistant</source>
        <translation>Prompt para todos los asistentes</translation>
    </message>
    <message>
        <source>One prompt, sent to every assistant chosen</source>
        <translation>Un solo prompt, enviado a cada asistente elegido</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Send to every assistant</source>
        <translation>Enviar a todos los asistentes</translation>
    </message>
    <message>
        <source>Why the comparison cannot be sent</source>
        <translation>Por qué no se puede enviar la comparación</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Replies side by side</source>
        <translation>Respuestas lado a lado</translation>
    </message>
    <message>
        <source>Go to reply {number}</source>
        <translation>Ir a la respuesta {number}</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>Cerrar la comparación</translation>
    </message>
    <message>
        <source>At most four assistants can be compared at once.</source>
        <translation>Se pueden comparar como máximo cuatro asistentes a la vez.</translation>
    </message>
    <message>
        <source>Choose at least two assistants.</source>
        <translation>Elija al menos dos asistentes.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Composer</source>
        <translation>Redactor</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Attach files for file search or the code interpreter (Ctrl+Shift+A)</source>
        <translation>Adjuntar archivos para la búsqueda de archivos o el intérprete de código (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <source>Compare assistants</source>
        <translation>Comparar asistentes</translation>
    </message>
    <message>
        <source>Send one prompt to two to four assistants side by side (Ctrl+Shift+K)</source>
        <translation>Enviar un prompt a entre dos y cuatro asistentes lado a lado (Ctrl+Mayús+K)</translation>
    </message>
    <message>
        <source>Send the message ({keys})</source>
        <translation>Enviar el mensaje ({keys})</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop reply</source>
        <translation>Detener respuesta</translation>
    </message>
    <message>
        <source>Stop the reply being written (Esc)</source>
        <translation>Detener la respuesta que se está escribiendo (Esc)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>BelugaDesk backs up its database once a day. A backup holds your threads, their messages kept here and your assistants; API keys are never in it.</source>
        <translation>BelugaDesk hace una copia de seguridad de su base de datos una vez al día. Una copia contiene sus conversaciones, los mensajes guardados aquí y sus asistentes; las claves de API nunca se incluyen.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Hacer una copia de seguridad ahora</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Restore the selected backup, or choose a file</source>
        <translation>Restaurar la copia de seguridad seleccionada o elegir un archivo</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>Show the backups folder in the file manager</source>
        <translation>Mostrar la carpeta de copias de seguridad en el gestor de archivos</translation>
    </message>
    <message>
        <source>&amp;Cancel restore</source>
        <translation>&amp;Cancelar restauración</translation>
    </message>
    <message>
        <source>Do not restore a backup at the next start</source>
        <translation>No restaurar ninguna copia de seguridad en el próximo inicio</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Keep daily backups for</source>
        <translation>Conservar las copias diarias durante</translation>
    </message>
    <message>
        <source>&amp;Keep daily backups for</source>
        <translation>&amp;Mantener las copias diarias durante</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Estado de la copia de seguridad</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Aún no hay copias de seguridad.</translation>
    </message>
    <message>
        <source>{name} will be restored at the next start.</source>
        <translation>{name} se restaurará en el próximo inicio.</translation>
    </message>
</context>
<context>
    <name>DataQuestions</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3)</source>
        <translation>Copias de seguridad (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restore {name}?</source>
        <translation>¿Restaurar {name}?</translation>
    </message>
    <message>
        <source>BelugaDesk restores it when it starts again (quit and start it). The data as it is then is backed up first, and the current database file is kept beside it, renamed.</source>
        <translation>BelugaDesk la restaura cuando vuelve a iniciarse (ciérrelo y vuelva a abrirlo). Antes se hace una copia de los datos tal como estén en ese momento, y el archivo de base de datos actual se guarda a su lado con otro nombre.</translation>
    </message>
    <message>
        <source>&amp;Restore at next start</source>
        <translation>&amp;Restaurar en el próximo inicio</translation>
    </message>
    <message>
        <source>Restore at next start</source>
        <translation>Restaurar en el próximo inicio</translation>
    </message>
</context>
<context>
    <name>DataViewModel</name>
    <message>
        <source>No backup was made.</source>
        <translation>No se hizo ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Copia de seguridad guardada en {path}.</translation>
    </message>
    <message>
        <source>The backup will not be restored.</source>
        <translation>La copia de seguridad no se restaurará.</translation>
    </message>
    <message>
        <source>{name} will be restored when BelugaDesk starts again: quit and start it. The data as it is then is backed up first and kept beside it.</source>
        <translation>{name} se restaurará cuando BelugaDesk vuelva a iniciarse: ciérrelo y vuelva a abrirlo. Antes se hace una copia de los datos tal como estén en ese momento, que se guarda a su lado.</translation>
    </message>
    <message>
        <source>No backup will be restored.</source>
        <translation>No se restaurará ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>The setting was not saved.</source>
        <translation>El ajuste no se guardó.</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>{app_name}: the local database cannot be used</source>
        <translation>{app_name}: no se puede usar la base de datos local</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Problema con la base de datos</translation>
    </message>
    <message>
        <source>The database was written by a newer version</source>
        <translation>La base de datos la escribió una versión más reciente</translation>
    </message>
    <message>
        <source>The database cannot be read</source>
        <translation>No se puede leer la base de datos</translation>
    </message>
    <message>
        <source>&lt;b&gt;{heading}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{heading}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ha pasado</translation>
    </message>
    <message>
        <source>Start a fresh database</source>
        <translation>Empezar una base de datos nueva</translation>
    </message>
    <message>
        <source>Move the old file aside and start with an empty database</source>
        <translation>Apartar el archivo antiguo y empezar con una base de datos vacía</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Close {app_name} and leave the file as it is</source>
        <translation>Cerrar {app_name} y dejar el archivo como está</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>The file was kept untouched: nothing in it was changed or deleted.</source>
        <translation>El archivo no se ha tocado: no se cambió ni eliminó nada de él.</translation>
    </message>
    <message>
        <source>“Start a fresh database” moves the file aside (renamed beside it, so it can still be recovered) and starts with an empty database. “Quit” leaves everything as it is.</source>
        <translation>«Empezar una base de datos nueva» aparta el archivo (lo renombra a su lado, para que aún pueda recuperarse) y empieza con una base de datos vacía. «Salir» lo deja todo como está.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Empty chat</source>
        <translation>Chat vacío</translation>
    </message>
    <message>
        <source>Assistant name</source>
        <translation>Nombre del asistente</translation>
    </message>
    <message>
        <source>Assistant description</source>
        <translation>Descripción del asistente</translation>
    </message>
    <message>
        <source>No assistant yet</source>
        <translation>Aún no hay asistente</translation>
    </message>
    <message>
        <source>Create an assistant (Ctrl+Shift+N) or choose one in the sidebar to start.</source>
        <translation>Cree un asistente (Ctrl+Mayús+N) o elija uno en la barra lateral para empezar.</translation>
    </message>
    <message>
        <source>Ask {name} anything.</source>
        <translation>Pregunte lo que quiera a {name}.</translation>
    </message>
</context>
<context>
    <name>FileSearchEditor</name>
    <message>
        <source>File search</source>
        <translation>Búsqueda de archivos</translation>
    </message>
    <message>
        <source>Vector store</source>
        <translation>Almacén de vectores</translation>
    </message>
    <message>
        <source>None: only files attached in the chat</source>
        <translation>Ninguno: solo los archivos adjuntos en el chat</translation>
    </message>
    <message>
        <source>Let the assistant search the files attached in the chat, and a vector store if you choose one</source>
        <translation>Permitir que el asistente busque en los archivos adjuntos en el chat, y en un almacén de vectores si elige uno</translation>
    </message>
    <message>
        <source>A vector store searched in every chat; without one, file search looks in the chat&apos;s attachments</source>
        <translation>Un almacén de vectores en el que se busca en cada chat; sin él, la búsqueda de archivos mira en los adjuntos del chat</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Refresh vector stores</source>
        <translation>Actualizar almacenes de vectores</translation>
    </message>
    <message>
        <source>Load the vector stores of this profile&apos;s account</source>
        <translation>Cargar los almacenes de vectores de la cuenta de este perfil</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <source>Create vector store</source>
        <translation>Crear almacén de vectores</translation>
    </message>
    <message>
        <source>Create a new vector store on the server</source>
        <translation>Crear un almacén de vectores nuevo en el servidor</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Add files to vector store</source>
        <translation>Añadir archivos al almacén de vectores</translation>
    </message>
    <message>
        <source>Upload files into the chosen vector store</source>
        <translation>Subir archivos al almacén de vectores elegido</translation>
    </message>
    <message>
        <source>Vector store status</source>
        <translation>Estado del almacén de vectores</translation>
    </message>
    <message>
        <source>Vector store error</source>
        <translation>Error del almacén de vectores</translation>
    </message>
</context>
<context>
    <name>FolderListModel</name>
    <message>
        <source>All chats</source>
        <extracomment>the MIME type of a folder dragged within the Folders section: its id (UTF-8)</extracomment>
        <translation>Todos los chats</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>Sin carpeta</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <extracomment>thread ids dropped on the row of ``key`` (a folder id or NO_FOLDER) a folder (id) dropped on a sibling folder (id): it takes that one&apos;s place</extracomment>
        <translation>
            <numerusform>%n conversación</numerusform>
            <numerusform>%n conversaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}, in {parent}, {threads}</source>
        <translation>{name}, en {parent}, {threads}</translation>
    </message>
    <message>
        <source>{name}, {threads}</source>
        <translation>{name}, {threads}</translation>
    </message>
    <message>
        <source>Instructions: {text}</source>
        <translation>Instrucciones: {text}</translation>
    </message>
</context>
<context>
    <name>FolderPickerDialog</name>
    <message>
        <source>Move to folder</source>
        <translation>Mover a una carpeta</translation>
    </message>
    <message>
        <source>Find a folder</source>
        <translation>Buscar una carpeta</translation>
    </message>
    <message>
        <source>Type to find a folder</source>
        <translation>Escriba para buscar una carpeta</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <source>{name} (now)</source>
        <translation>{name} (actual)</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
</context>
<context>
    <name>FolderSection</name>
    <message>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <source>FOLDERS</source>
        <translation>CARPETAS</translation>
    </message>
    <message>
        <source>Show or hide the folders</source>
        <translation>Mostrar u ocultar las carpetas</translation>
    </message>
    <message>
        <source>Folder problem</source>
        <translation>Problema con la carpeta</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nueva carpeta</translation>
    </message>
    <message>
        <source>New &amp;folder…</source>
        <translation>Nueva &amp;carpeta…</translation>
    </message>
    <message>
        <source>Make a folder for threads (Ctrl+Shift+F)</source>
        <translation>Crear una carpeta para conversaciones (Ctrl+Mayús+F)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Default assistant and &amp;instructions…</source>
        <translation>Asistente por defecto e &amp;instrucciones…</translation>
    </message>
    <message>
        <source>Folder actions</source>
        <translation>Acciones de la carpeta</translation>
    </message>
    <message>
        <source>New &amp;subfolder…</source>
        <translation>Nueva &amp;subcarpeta…</translation>
    </message>
    <message>
        <source>Move to the &amp;top level</source>
        <translation>Mover al &amp;nivel superior</translation>
    </message>
    <message>
        <source>Put &amp;inside</source>
        <translation>&amp;Poner dentro de</translation>
    </message>
    <message>
        <source>Put the folder inside another</source>
        <translation>Poner la carpeta dentro de otra</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>expandido</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>contraído</translation>
    </message>
    <message>
        <source>FOLDERS · {name}</source>
        <translation>CARPETAS · {name}</translation>
    </message>
</context>
<context>
    <name>FolderSettingsDialog</name>
    <message>
        <source>Folder settings</source>
        <translation>Ajustes de la carpeta</translation>
    </message>
    <message>
        <source>Folder name</source>
        <translation>Nombre de la carpeta</translation>
    </message>
    <message>
        <source>Default assistant</source>
        <translation>Asistente por defecto</translation>
    </message>
    <message>
        <source>New chats started while this folder is selected use this assistant</source>
        <translation>Los chats nuevos que se empiecen con esta carpeta seleccionada usan este asistente</translation>
    </message>
    <message>
        <source>None (the assistant chosen in the sidebar)</source>
        <translation>Ninguno (el asistente elegido en la barra lateral)</translation>
    </message>
    <message>
        <source>Extra instructions</source>
        <translation>Instrucciones adicionales</translation>
    </message>
    <message>
        <source>e.g. Answer in British English and cite sources.</source>
        <translation>p. ej. Responde en español y cita las fuentes.</translation>
    </message>
    <message>
        <source>Added after the assistant&apos;s own instructions in every reply of the threads in this folder (and its subfolders).</source>
        <translation>Se añaden tras las instrucciones propias del asistente en cada respuesta de las conversaciones de esta carpeta (y de sus subcarpetas).</translation>
    </message>
    <message>
        <source>Problem with the folder settings</source>
        <translation>Problema con los ajustes de la carpeta</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Default &amp;assistant:</source>
        <translation>&amp;Asistente por defecto:</translation>
    </message>
    <message>
        <source>Extra &amp;instructions:</source>
        <translation>&amp;Instrucciones adicionales:</translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation>Una carpeta necesita un nombre.</translation>
    </message>
    <message>
        <source>The instructions are too long.</source>
        <translation>Las instrucciones son demasiado largas.</translation>
    </message>
</context>
<context>
    <name>FoldersViewModel</name>
    <message>
        <source>The folders could not be loaded.</source>
        <extracomment>the folder filter now in effect: ALL_CHATS, NO_FOLDER or a folder id a sentence for the status bar once a flow is done</extracomment>
        <translation>No se pudieron cargar las carpetas.</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>Sin carpeta</translation>
    </message>
    <message>
        <source>New subfolder</source>
        <translation>Nueva subcarpeta</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nueva carpeta</translation>
    </message>
    <message>
        <source>Name of the subfolder in “{parent}”:</source>
        <translation>Nombre de la subcarpeta en «{parent}»:</translation>
    </message>
    <message>
        <source>Name of the folder:</source>
        <translation>Nombre de la carpeta:</translation>
    </message>
    <message>
        <source>Rename folder</source>
        <translation>Renombrar carpeta</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>The assistants could not be listed.</source>
        <translation>No se pudieron listar los asistentes.</translation>
    </message>
    <message>
        <source>The folder could not be deleted.</source>
        <translation>No se pudo eliminar la carpeta.</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s) in it move to “No folder”; no thread is deleted.</source>
        <translation>
            <numerusform>%n conversación que contiene pasa a «Sin carpeta»; no se elimina ninguna conversación.</numerusform>
            <numerusform>%n conversaciones que contiene pasan a «Sin carpeta»; no se elimina ninguna conversación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its subfolders ({names}) move to the top level.</source>
        <translation>Sus subcarpetas ({names}) pasan al nivel superior.</translation>
    </message>
    <message>
        <source>Delete folder</source>
        <translation>Eliminar carpeta</translation>
    </message>
    <message>
        <source>Delete the folder “{name}”?</source>
        <translation>¿Eliminar la carpeta «{name}»?</translation>
    </message>
    <message>
        <source>Delete the folder {name}</source>
        <translation>Eliminar la carpeta {name}</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the folder “{name}”; %n thread(s) moved to “No folder”.</source>
        <translation>
            <numerusform>Se eliminó la carpeta «{name}»; %n conversación pasó a «Sin carpeta».</numerusform>
            <numerusform>Se eliminó la carpeta «{name}»; %n conversaciones pasaron a «Sin carpeta».</numerusform>
        </translation>
    </message>
    <message>
        <source>The thread could not be moved.</source>
        <translation>No se pudo mover la conversación.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n thread(s) to “{folder}”.</source>
        <translation>
            <numerusform>Se movió %n conversación a «{folder}».</numerusform>
            <numerusform>Se movieron %n conversaciones a «{folder}».</numerusform>
        </translation>
    </message>
    <message>
        <source>The folders could not be changed.</source>
        <translation>No se pudieron cambiar las carpetas.</translation>
    </message>
</context>
<context>
    <name>FormQuestions</name>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>This assistant has unsaved changes. Discard them?</source>
        <translation>Este asistente tiene cambios sin guardar. ¿Descartarlos?</translation>
    </message>
</context>
<context>
    <name>FunctionListModel</name>
    <message>
        <source>(unnamed function {number})</source>
        <translation>(función sin nombre {number})</translation>
    </message>
    <message>
        <source>{label}, has errors</source>
        <translation>{label}, con errores</translation>
    </message>
</context>
<context>
    <name>FunctionToolsEditor</name>
    <message>
        <source>Function tools</source>
        <translation>Herramientas de función</translation>
    </message>
    <message>
        <source>Functions the assistant may call; choose one to edit it</source>
        <translation>Funciones que el asistente puede llamar; elija una para editarla</translation>
    </message>
    <message>
        <source>Add function</source>
        <translation>Añadir función</translation>
    </message>
    <message>
        <source>Add function tool</source>
        <translation>Añadir herramienta de función</translation>
    </message>
    <message>
        <source>Add a function the assistant can call</source>
        <translation>Añadir una función que el asistente puede llamar</translation>
    </message>
    <message>
        <source>Remove function</source>
        <translation>Quitar función</translation>
    </message>
    <message>
        <source>Remove function tool</source>
        <translation>Quitar herramienta de función</translation>
    </message>
    <message>
        <source>Remove the selected function</source>
        <translation>Quitar la función seleccionada</translation>
    </message>
    <message>
        <source>Function name</source>
        <translation>Nombre de la función</translation>
    </message>
    <message>
        <source>1–64 letters, digits, underscores or hyphens</source>
        <translation>De 1 a 64 letras, dígitos, guiones bajos o guiones</translation>
    </message>
    <message>
        <source>Function description</source>
        <translation>Descripción de la función</translation>
    </message>
    <message>
        <source>What the function does; the model reads this to decide when to call it</source>
        <translation>Qué hace la función; el modelo lo lee para decidir cuándo llamarla</translation>
    </message>
    <message>
        <source>Strict (arguments always match the schema)</source>
        <translation>Estricto (los argumentos siempre cumplen el esquema)</translation>
    </message>
    <message>
        <source>Function strict mode</source>
        <translation>Modo estricto de la función</translation>
    </message>
    <message>
        <source>Strict mode needs every property required and additionalProperties false</source>
        <translation>El modo estricto exige que todas las propiedades sean obligatorias y additionalProperties sea false</translation>
    </message>
    <message>
        <source>Function parameters</source>
        <translation>Parámetros de la función</translation>
    </message>
    <message>
        <source>Functi&amp;on name</source>
        <translation>Nombre de la fun&amp;ción</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
</context>
<context>
    <name>HoverBar</name>
    <message>
        <source>Message actions</source>
        <translation>Acciones del mensaje</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
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
        <translation>Clave de API no guardada</translation>
    </message>
    <message>
        <source>API key not saved: no usable secure keyring</source>
        <translation>Clave de API no guardada: no hay un llavero seguro utilizable</translation>
    </message>
    <message>
        <source>The API key could not be saved in a secure keyring.</source>
        <translation>La clave de API no se pudo guardar en un llavero seguro.</translation>
    </message>
    <message>
        <source>{message}

BelugaDesk never writes API keys to a plain file. A key for this session only stays in memory and is forgotten when BelugaDesk quits.</source>
        <translation>{message}

BelugaDesk nunca escribe las claves de API en un archivo normal. Una clave solo para esta sesión permanece en memoria y se olvida cuando BelugaDesk se cierra.</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>Usar solo en esta &amp;sesión</translation>
    </message>
    <message>
        <source>Use the key for this session only</source>
        <translation>Usar la clave solo en esta sesión</translation>
    </message>
    <message>
        <source>Keep the key in memory until BelugaDesk quits; nothing is written</source>
        <translation>Mantener la clave en memoria hasta que BelugaDesk se cierre; no se escribe nada</translation>
    </message>
    <message>
        <source>Go back without using the key</source>
        <translation>Volver sin usar la clave</translation>
    </message>
</context>
<context>
    <name>LinkConfirmation</name>
    <message>
        <source>Open link</source>
        <translation>Abrir enlace</translation>
    </message>
    <message>
        <source>This link was not opened: it is not a valid web address.</source>
        <translation>Este enlace no se abrió: no es una dirección web válida.</translation>
    </message>
    <message>
        <source>This link was not opened: BelugaDesk opens only web (http, https) and e-mail (mailto) links from replies, not “{scheme}:” links.</source>
        <translation>Este enlace no se abrió: BelugaDesk solo abre desde las respuestas enlaces web (http, https) y de correo (mailto), no enlaces «{scheme}:».</translation>
    </message>
    <message>
        <source>This link was not opened: it names no web site.</source>
        <translation>Este enlace no se abrió: no indica ningún sitio web.</translation>
    </message>
    <message>
        <source>your e-mail program, to write to</source>
        <translation>su programa de correo, para escribir a</translation>
    </message>
    <message>
        <source>your web browser at {host}</source>
        <translation>su navegador web en {host}</translation>
    </message>
    <message>
        <source>Open this link?</source>
        <translation>¿Abrir este enlace?</translation>
    </message>
    <message>
        <source>The reply links to:&lt;br&gt;&lt;br&gt;{target_html}&lt;br&gt;&lt;br&gt;It opens in {where}. The text shown for a link can differ from where it goes; open it only if you trust this address.</source>
        <translation>La respuesta enlaza a:&lt;br&gt;&lt;br&gt;{target_html}&lt;br&gt;&lt;br&gt;Se abre en {where}. El texto que se muestra de un enlace puede diferir de su destino; ábralo solo si confía en esta dirección.</translation>
    </message>
</context>
<context>
    <name>MainViewModel</name>
    <message>
        <source>The thread could not be opened.</source>
        <translation>No se pudo abrir la conversación.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app_name} main window</source>
        <translation>Ventana principal de {app_name}</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>Perfil activo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New thread</source>
        <translation>&amp;Nueva conversación</translation>
    </message>
    <message>
        <source>&amp;Focus message box</source>
        <translation>&amp;Ir al cuadro de mensaje</translation>
    </message>
    <message>
        <source>Quick &amp;ask window</source>
        <translation>Ventana de pregunta &amp;rápida</translation>
    </message>
    <message>
        <source>The small always-on-top window that belugadesk --quick-ask shows</source>
        <translation>La pequeña ventana siempre visible que muestra belugadesk --quick-ask</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Compare assistants…</source>
        <translation>&amp;Comparar asistentes…</translation>
    </message>
    <message>
        <source>Send one prompt to two to four assistants and see the replies side by side</source>
        <translation>Enviar un prompt a entre dos y cuatro asistentes y ver las respuestas lado a lado</translation>
    </message>
    <message>
        <source>&amp;Prompt library…</source>
        <translation>&amp;Biblioteca de prompts…</translation>
    </message>
    <message>
        <source>Saved prompts to insert, edit, import and export (Ctrl+Shift+I; or type / in an empty box)</source>
        <translation>Prompts guardados para insertar, editar, importar y exportar (Ctrl+Mayús+I; o escriba / en un cuadro vacío)</translation>
    </message>
    <message>
        <source>A&amp;ssistant</source>
        <translation>A&amp;sistente</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Thread list</source>
        <translation>&amp;Lista de conversaciones</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Mensajes</translation>
    </message>
    <message>
        <source>Next &amp;area</source>
        <translation>Área &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous area</source>
        <translation>Área &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>Profiles and API keys, appearance, behaviour and prices (Ctrl+,)</source>
        <translation>Perfiles y claves de API, apariencia, comportamiento y precios (Ctrl+,)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>&amp;About {app_name}</source>
        <translation>&amp;Acerca de {app_name}</translation>
    </message>
    <message>
        <source>Profile: {name}</source>
        <translation>Perfil: {name}</translation>
    </message>
</context>
<context>
    <name>McpGrantsViewModel</name>
    <message>
        <source>No MCP servers yet: add one in Settings → Tools, then come back here.</source>
        <translation>Aún no hay servidores MCP: añada uno en Ajustes → Herramientas y vuelva aquí.</translation>
    </message>
    <message>
        <source>The tools could not be listed.</source>
        <translation>No se pudieron listar las herramientas.</translation>
    </message>
</context>
<context>
    <name>McpServerDialog</name>
    <message>
        <source>Local program (stdio)</source>
        <translation>Programa local (stdio)</translation>
    </message>
    <message>
        <source>Web address (streamable HTTP)</source>
        <translation>Dirección web (HTTP transmitible)</translation>
    </message>
    <message>
        <source>kept in the keyring; type to replace</source>
        <translation>guardado en el llavero; escriba para reemplazarlo</translation>
    </message>
    <message>
        <source>Edit MCP server</source>
        <translation>Editar servidor MCP</translation>
    </message>
    <message>
        <source>Add MCP server</source>
        <translation>Añadir servidor MCP</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <source>e.g. Files</source>
        <translation>p. ej. Archivos</translation>
    </message>
    <message>
        <source>How to reach the server</source>
        <translation>Cómo llegar al servidor</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>e.g. npx, uvx or python</source>
        <translation>p. ej. npx, uvx o python</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <source>as on a command line, e.g. -y @modelcontextprotocol/server-filesystem ~/Notes</source>
        <translation>como en una línea de comandos, p. ej. -y @modelcontextprotocol/server-filesystem ~/Notes</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>Carpeta de trabajo</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Variable de entorno</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>&amp;Command</source>
        <translation>&amp;Comando</translation>
    </message>
    <message>
        <source>&amp;Arguments</source>
        <translation>&amp;Argumentos</translation>
    </message>
    <message>
        <source>&amp;Working folder</source>
        <translation>Carpeta de &amp;trabajo</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeceras</translation>
    </message>
    <message>
        <source>Values marked Secret go to the system keyring, never to the settings file.</source>
        <translation>Los valores marcados como Secreto van al llavero del sistema, nunca al archivo de ajustes.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Save server</source>
        <translation>Guardar servidor</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Reach it as</source>
        <translation>&amp;Accesible como</translation>
    </message>
</context>
<context>
    <name>McpServersViewModel</name>
    <message>
        <source>Enter the command that starts the server, e.g. npx or python.</source>
        <translation>Escriba el comando que inicia el servidor, p. ej. npx o python.</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Dé un nombre al servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s settings are not valid.</source>
        <translation>Los ajustes del servidor no son válidos.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>No iniciado</translation>
    </message>
    <message>
        <source>Not started: a server starts when an assistant first uses it, or with Test.</source>
        <translation>No iniciado: un servidor se inicia cuando un asistente lo usa por primera vez, o con Probar.</translation>
    </message>
    <message>
        <source>The server could not be tested.</source>
        <translation>No se pudo probar el servidor.</translation>
    </message>
    <message>
        <source>Starting the server and listing its tools…</source>
        <translation>Iniciando el servidor y listando sus herramientas…</translation>
    </message>
    <message>
        <source>The server runs but lists no tools.</source>
        <translation>El servidor funciona pero no ofrece herramientas.</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s): {names}</source>
        <translation>
            <numerusform>%n herramienta: {names}</numerusform>
            <numerusform>%n herramientas: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>The server could not be restarted.</source>
        <translation>No se pudo reiniciar el servidor.</translation>
    </message>
    <message>
        <source>Restarting the server…</source>
        <translation>Reiniciando el servidor…</translation>
    </message>
    <message>
        <source>The MCP server was not saved.</source>
        <translation>El servidor MCP no se guardó.</translation>
    </message>
    <message>
        <source>The MCP server was not removed.</source>
        <translation>El servidor MCP no se quitó.</translation>
    </message>
</context>
<context>
    <name>McpToolsSection</name>
    <message>
        <source>Too&amp;ls from MCP servers</source>
        <translation>Herramientas de servidores &amp;MCP</translation>
    </message>
    <message>
        <source>Which tools of the MCP servers (Settings → Tools) this assistant may use, and which calls run without asking</source>
        <translation>Qué herramientas de los servidores MCP (Ajustes → Herramientas) puede usar este asistente y qué llamadas se ejecutan sin preguntar</translation>
    </message>
    <message>
        <source>Each call of a tool is shown to you before it runs, unless you allow it here.</source>
        <translation>Cada llamada a una herramienta se le muestra antes de ejecutarse, salvo que la permita aquí.</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Message the assistant — Enter to send, Shift+Enter for a new line</source>
        <translation>Escriba al asistente — Intro para enviar, Mayús+Intro para una línea nueva</translation>
    </message>
    <message>
        <source>Enter sends; Shift+Enter starts a new line</source>
        <translation>Intro envía; Mayús+Intro empieza una línea nueva</translation>
    </message>
    <message>
        <source>Message the assistant — Ctrl+Enter to send, Enter for a new line</source>
        <translation>Escriba al asistente — Ctrl+Intro para enviar, Intro para una línea nueva</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends; Enter starts a new line</source>
        <translation>Ctrl+Intro envía; Intro empieza una línea nueva</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Línea nueva</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Mayús+Intro</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Intro</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>You</source>
        <extracomment>who writes the replies (what a screen reader says for them); set with the chat&apos;s assistant</extracomment>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>{who}, {when}: {text}</source>
        <translation>{who}, {when}: {text}</translation>
    </message>
    <message>
        <source>Being written</source>
        <translation>Escribiéndose</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incompleta</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
</context>
<context>
    <name>MessageTextView</name>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
</context>
<context>
    <name>MessageTime</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
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
        <translation>Metadatos</translation>
    </message>
    <message>
        <source>Up to {limit} pairs; keys up to 64 characters, values up to 512</source>
        <translation>Hasta {limit} pares; claves de hasta 64 caracteres, valores de hasta 512</translation>
    </message>
    <message>
        <source>Add pair</source>
        <translation>Añadir par</translation>
    </message>
    <message>
        <source>Add metadata pair</source>
        <translation>Añadir par de metadatos</translation>
    </message>
    <message>
        <source>Add a key/value row and start typing its key</source>
        <translation>Añadir una fila clave/valor y empezar a escribir su clave</translation>
    </message>
    <message>
        <source>Remove pair</source>
        <translation>Quitar par</translation>
    </message>
    <message>
        <source>Remove metadata pair</source>
        <translation>Quitar par de metadatos</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Quitar la fila seleccionada</translation>
    </message>
    <message>
        <source>Metadata pair count</source>
        <translation>Número de pares de metadatos</translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message>
        <source>The server&apos;s models could not be listed ({error}); the assistant&apos;s model is used.</source>
        <translation>No se pudieron listar los modelos del servidor ({error}); se usa el modelo del asistente.</translation>
    </message>
</context>
<context>
    <name>ModelSwitcher</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>{model} (assistant&apos;s)</source>
        <translation>{model} (del asistente)</translation>
    </message>
    <message>
        <source>the assistant&apos;s own model</source>
        <translation>el modelo propio del asistente</translation>
    </message>
    <message>
        <source>chosen for this thread</source>
        <translation>elegido para esta conversación</translation>
    </message>
    <message>
        <source>The model that writes the replies in this thread: {model} ({whose}).</source>
        <translation>El modelo que escribe las respuestas de esta conversación: {model} ({whose}).</translation>
    </message>
</context>
<context>
    <name>NewChatButton</name>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>with {name}</source>
        <translation>con {name}</translation>
    </message>
    <message>
        <source>with no assistant yet</source>
        <translation>sin asistente todavía</translation>
    </message>
    <message>
        <source>New chat with {name}</source>
        <translation>Nuevo chat con {name}</translation>
    </message>
    <message>
        <source>Start a new chat with {name} (Ctrl+N)</source>
        <translation>Empezar un chat nuevo con {name} (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>OnboardingDialog</name>
    <message>
        <source>&lt;h2&gt;Welcome to BelugaDesk&lt;/h2&gt;&lt;p&gt;Connect to your AI provider with an API key. The key is kept in your system keyring and nowhere else. No key at hand? Try the offline demo: it runs entirely on this computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenido a BelugaDesk&lt;/h2&gt;&lt;p&gt;Conéctese a su proveedor de IA con una clave de API. La clave se guarda en el llavero de su sistema y en ningún otro sitio. ¿No tiene una clave a mano? Pruebe la demo sin conexión: funciona por completo en este equipo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome to BelugaDesk</source>
        <translation>Bienvenido a BelugaDesk</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Try the offline &amp;demo</source>
        <translation>Probar la &amp;demo sin conexión</translation>
    </message>
    <message>
        <source>Try the offline demo</source>
        <translation>Probar la demo sin conexión</translation>
    </message>
    <message>
        <source>Use the built-in demo server: no key and no network needed</source>
        <translation>Usar el servidor de demostración integrado: sin clave y sin red</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <source>Store the key in the keyring, save the profile and start using it</source>
        <translation>Guardar la clave en el llavero, guardar el perfil y empezar a usarlo</translation>
    </message>
</context>
<context>
    <name>OnboardingViewModel</name>
    <message>
        <source>The profile was not saved.</source>
        <translation>El perfil no se guardó.</translation>
    </message>
    <message>
        <source>The choice was not saved.</source>
        <translation>La elección no se guardó.</translation>
    </message>
</context>
<context>
    <name>OpenByIdDialog</name>
    <message>
        <source>Open thread by id</source>
        <translation>Abrir conversación por id</translation>
    </message>
    <message>
        <source>Paste the id of a thread on the server (it starts with “{id_prefixes}”). Its history is loaded into a new local thread.</source>
        <translation>Pegue el id de una conversación del servidor (empieza por «{id_prefixes}»). Su historial se carga en una nueva conversación local.</translation>
    </message>
    <message>
        <source>Remote thread id</source>
        <translation>Id de la conversación remota</translation>
    </message>
    <message>
        <source>A {label} API thread id, e.g. {id_prefixes}abc123</source>
        <translation>Un id de conversación de la API {label}, p. ej. {id_prefixes}abc123</translation>
    </message>
    <message>
        <source>Problem with the id</source>
        <translation>Problema con el id</translation>
    </message>
</context>
<context>
    <name>PairTableModel</name>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Budget (tokens)</source>
        <translation>Presupuesto (tokens)</translation>
    </message>
</context>
<context>
    <name>PreferencesViewModel</name>
    <message>
        <source>The colour scheme was not saved.</source>
        <translation>El esquema de color no se guardó.</translation>
    </message>
    <message>
        <source>The font size was not saved.</source>
        <translation>El tamaño de letra no se guardó.</translation>
    </message>
    <message>
        <source>The accent colour was not saved.</source>
        <translation>El color de acento no se guardó.</translation>
    </message>
    <message>
        <source>The language was not saved.</source>
        <translation>El idioma no se guardó.</translation>
    </message>
    <message>
        <source>The setting was not saved.</source>
        <translation>El ajuste no se guardó.</translation>
    </message>
</context>
<context>
    <name>PriceTableModel</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>Entrada en caché</translation>
    </message>
    <message>
        <source>The model name; dated snapshots (gpt-4o-2024-08-06) use the price of their family</source>
        <translation>El nombre del modelo; las instantáneas con fecha (gpt-4o-2024-08-06) usan el precio de su familia</translation>
    </message>
    <message>
        <source>USD per million input tokens</source>
        <translation>USD por millón de tokens de entrada</translation>
    </message>
    <message>
        <source>USD per million output tokens</source>
        <translation>USD por millón de tokens de salida</translation>
    </message>
    <message>
        <source>USD per million cached input tokens; empty when the model has no cached price</source>
        <translation>USD por millón de tokens de entrada en caché; vacío si el modelo no tiene precio en caché</translation>
    </message>
</context>
<context>
    <name>PricesPage</name>
    <message>
        <source>Prices in US dollars per million tokens, used for the cost estimate shown with each reply. Double-click a cell to edit it.</source>
        <translation>Precios en dólares estadounidenses por millón de tokens, usados para la estimación de coste que se muestra con cada respuesta. Haga doble clic en una celda para editarla.</translation>
    </message>
    <message>
        <source>Model prices</source>
        <translation>Precios de los modelos</translation>
    </message>
    <message>
        <source>model name, e.g. gpt-4.1</source>
        <translation>nombre del modelo, p. ej. gpt-4.1</translation>
    </message>
    <message>
        <source>New model name</source>
        <translation>Nombre del nuevo modelo</translation>
    </message>
    <message>
        <source>The model to add a price for</source>
        <translation>El modelo al que añadir un precio</translation>
    </message>
    <message>
        <source>&amp;Add price</source>
        <translation>&amp;Añadir precio</translation>
    </message>
    <message>
        <source>Add price</source>
        <translation>Añadir precio</translation>
    </message>
    <message>
        <source>Add a row for this model, then type its prices</source>
        <translation>Añadir una fila para este modelo y luego escribir sus precios</translation>
    </message>
    <message>
        <source>&amp;Remove price</source>
        <translation>&amp;Quitar precio</translation>
    </message>
    <message>
        <source>Remove price</source>
        <translation>Quitar precio</translation>
    </message>
    <message>
        <source>Remove the selected model&apos;s price</source>
        <translation>Quitar el precio del modelo seleccionado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>PricesViewModel</name>
    <message>
        <source>Invalid price.</source>
        <translation>Precio no válido.</translation>
    </message>
    <message>
        <source>Type the model name first, e.g. gpt-4.1.</source>
        <translation>Escriba primero el nombre del modelo, p. ej. gpt-4.1.</translation>
    </message>
    <message>
        <source>There is already a price for {name}.</source>
        <translation>Ya hay un precio para {name}.</translation>
    </message>
    <message>
        <source>The prices were not saved.</source>
        <translation>Los precios no se guardaron.</translation>
    </message>
</context>
<context>
    <name>ProfileDialogs</name>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Delete the profile “{name}”?</source>
        <translation>¿Eliminar el perfil «{name}»?</translation>
    </message>
    <message>
        <source>Its API key is removed from the keyring too. Its threads stay in the database.</source>
        <translation>Su clave de API también se quita del llavero. Sus conversaciones permanecen en la base de datos.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete profile and key</source>
        <translation>Eliminar perfil y clave</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <source>Edit profile {name}</source>
        <translation>Editar perfil {name}</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <source>Validate, store the key in the keyring and save the profile</source>
        <translation>Validar, guardar la clave en el llavero y guardar el perfil</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Profile &amp;name</source>
        <translation>&amp;Nombre del perfil</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;Clave de API</translation>
    </message>
    <message>
        <source>&amp;Backend</source>
        <translation>&amp;Backend</translation>
    </message>
    <message>
        <source>Base &amp;URL</source>
        <translation>&amp;URL base</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>&amp;Endpoint</translation>
    </message>
    <message>
        <source>API &amp;version</source>
        <translation>&amp;Versión de la API</translation>
    </message>
    <message>
        <source>&amp;Deployments</source>
        <translation>&amp;Despliegues</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>Pro&amp;ject</source>
        <translation>Pro&amp;yecto</translation>
    </message>
    <message>
        <source>Pro&amp;xy</source>
        <translation>Pro&amp;xy</translation>
    </message>
    <message>
        <source>Context bud&amp;gets</source>
        <translation>&amp;Presupuestos de contexto</translation>
    </message>
    <message>
        <source>A name to tell this profile apart from others</source>
        <translation>Un nombre para distinguir este perfil de los demás</translation>
    </message>
    <message>
        <source>The secret API key from your provider&apos;s dashboard; it is stored in the system keyring only</source>
        <translation>La clave de API secreta del panel de su proveedor; solo se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>Which OpenAI API family conversations use</source>
        <translation>Qué familia de API de OpenAI usan las conversaciones</translation>
    </message>
    <message>
        <source>The server&apos;s API address, e.g. http://localhost:8000/v1 (OpenAI: empty means the default)</source>
        <translation>La dirección de la API del servidor, p. ej. http://localhost:8000/v1 (OpenAI: vacío significa el valor por defecto)</translation>
    </message>
    <message>
        <source>Your Azure OpenAI resource, e.g. https://my-resource.openai.azure.com</source>
        <translation>Su recurso de Azure OpenAI, p. ej. https://my-resource.openai.azure.com</translation>
    </message>
    <message>
        <source>The Azure OpenAI api-version, e.g. 2025-04-01-preview or v1</source>
        <translation>La api-version de Azure OpenAI, p. ej. 2025-04-01-preview o v1</translation>
    </message>
    <message>
        <source>One per line: model = deployment-name (used when an assistant names that model)</source>
        <translation>Una por línea: modelo = nombre-del-despliegue (se usa cuando un asistente nombra ese modelo)</translation>
    </message>
    <message>
        <source>Optional OpenAI organization id (org-…)</source>
        <translation>Id de organización de OpenAI opcional (org-…)</translation>
    </message>
    <message>
        <source>Optional OpenAI project id (proj_…)</source>
        <translation>Id de proyecto de OpenAI opcional (proj_…)</translation>
    </message>
    <message>
        <source>Optional HTTP(S) proxy every request of this profile goes through, e.g. http://proxy:3128</source>
        <translation>Proxy HTTP(S) opcional por el que pasa cada petición de este perfil, p. ej. http://proxy:3128</translation>
    </message>
    <message>
        <source>How many tokens of a thread each model is sent (older turns are left out beyond it); a model not listed gets a default. At least {minimum} tokens</source>
        <translation>Cuántos tokens de una conversación recibe cada modelo (más allá se omiten los turnos más antiguos); un modelo no listado recibe un valor por defecto. Al menos {minimum} tokens</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>optional, e.g. http://proxy.example.com:3128</source>
        <translation>opcional, p. ej. http://proxy.example.com:3128</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Who runs the server: fills in its address, whether it needs a key, and a backend it speaks</source>
        <translation>Quién gestiona el servidor: rellena su dirección, si necesita clave y un backend que habla</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Proveedor</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>List the server&apos;s models with this key, without saving anything</source>
        <translation>Listar los modelos del servidor con esta clave, sin guardar nada</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>APIs the server speaks</source>
        <translation>API que habla el servidor</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Speaks it</source>
        <translation>Lo habla</translation>
    </message>
    <message>
        <source>{field} error</source>
        <translation>Error en {field}</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show API key</source>
        <translation>Mostrar la clave de API</translation>
    </message>
    <message>
        <source>Show or hide the API key you typed</source>
        <translation>Mostrar u ocultar la clave de API escrita</translation>
    </message>
    <message>
        <source>Where the API key is stored</source>
        <translation>Dónde se guarda la clave de API</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide API key</source>
        <translation>Ocultar la clave de API</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
</context>
<context>
    <name>ProfileFormViewModel</name>
    <message>
        <source>Paste the API key for this profile.</source>
        <translation>Pegue la clave de API de este perfil.</translation>
    </message>
    <message>
        <source>Paste the API key for this profile (or set the OPENAI_API_KEY environment variable before starting).</source>
        <translation>Pegue la clave de API de este perfil (o defina la variable de entorno OPENAI_API_KEY antes de iniciar).</translation>
    </message>
    <message>
        <source>Optional: needed only if the server was started with a key</source>
        <translation>Opcional: solo hace falta si el servidor se inició con una clave</translation>
    </message>
    <message>
        <source>The offline demo needs no key</source>
        <translation>La demo sin conexión no necesita clave</translation>
    </message>
    <message>
        <source>This server needs no key</source>
        <translation>Este servidor no necesita clave</translation>
    </message>
    <message>
        <source>{server} needs no key</source>
        <translation>{server} no necesita clave</translation>
    </message>
    <message>
        <source>Will be stored in {keyring} when you save</source>
        <translation>Se guardará en {keyring} al guardar</translation>
    </message>
    <message>
        <source>No secure keyring: the key can be used for this session only</source>
        <translation>No hay llavero seguro: la clave solo puede usarse en esta sesión</translation>
    </message>
    <message>
        <source>The API key contains spaces or line breaks; paste only the key itself.</source>
        <translation>La clave de API contiene espacios o saltos de línea; pegue solo la clave.</translation>
    </message>
    <message>
        <source>Fix the fields marked above first.</source>
        <translation>Corrija primero los campos marcados arriba.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s) available ({models}).</source>
        <translation>
            <numerusform>Conectado: %n modelo disponible ({models}).</numerusform>
            <numerusform>Conectado: %n modelos disponibles ({models}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <source>Offline demo</source>
        <translation>Demo sin conexión</translation>
    </message>
    <message>
        <source>built-in local server</source>
        <translation>servidor local integrado</translation>
    </message>
    <message>
        <source>API key: {key}</source>
        <translation>Clave de API: {key}</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Perfiles</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Selected profile</source>
        <translation>Perfil seleccionado</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Add a profile for OpenAI, Azure OpenAI or an OpenAI-compatible server</source>
        <translation>Añadir un perfil para OpenAI, Azure OpenAI o un servidor compatible con OpenAI</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Change the selected profile or its API key</source>
        <translation>Cambiar el perfil seleccionado o su clave de API</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Copy the selected profile, including its key</source>
        <translation>Copiar el perfil seleccionado, incluida su clave</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete the selected profile and its API key</source>
        <translation>Eliminar el perfil seleccionado y su clave de API</translation>
    </message>
    <message>
        <source>Set a&amp;ctive</source>
        <translation>Establecer como a&amp;ctivo</translation>
    </message>
    <message>
        <source>Use the selected profile for conversations from now on</source>
        <translation>Usar el perfil seleccionado para las conversaciones a partir de ahora</translation>
    </message>
    <message>
        <source>the built-in offline server</source>
        <translation>el servidor sin conexión integrado</translation>
    </message>
    <message>
        <source>API key: {key}</source>
        <translation>Clave de API: {key}</translation>
    </message>
</context>
<context>
    <name>ProfilesViewModel</name>
    <message>
        <source>not needed</source>
        <translation>no hace falta</translation>
    </message>
    <message>
        <source>The profile was not saved.</source>
        <translation>El perfil no se guardó.</translation>
    </message>
    <message>
        <source>The profile could not be activated.</source>
        <translation>No se pudo activar el perfil.</translation>
    </message>
    <message>
        <source>The profile was not activated.</source>
        <translation>El perfil no se activó.</translation>
    </message>
    <message>
        <source>The key was not copied.</source>
        <translation>La clave no se copió.</translation>
    </message>
    <message>
        <source>The copy was not saved.</source>
        <translation>La copia no se guardó.</translation>
    </message>
    <message>
        <source>The key was not deleted.</source>
        <translation>La clave no se eliminó.</translation>
    </message>
    <message>
        <source>The profile was not deleted.</source>
        <translation>El perfil no se eliminó.</translation>
    </message>
    <message>
        <source>The next profile could not be activated.</source>
        <translation>No se pudo activar el siguiente perfil.</translation>
    </message>
</context>
<context>
    <name>PromptButton</name>
    <message>
        <source>Send: {text}</source>
        <translation>Enviar: {text}</translation>
    </message>
    <message>
        <source>Send this message</source>
        <translation>Enviar este mensaje</translation>
    </message>
</context>
<context>
    <name>PromptDialogs</name>
    <message>
        <source>Delete prompt</source>
        <translation>Eliminar prompt</translation>
    </message>
    <message>
        <source>Delete the prompt “{title}”?</source>
        <translation>¿Eliminar el prompt «{title}»?</translation>
    </message>
    <message>
        <source>It is removed from the library. An exported copy can bring it back.</source>
        <translation>Se quita de la biblioteca. Una copia exportada permite recuperarlo.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Export prompts</source>
        <translation>Exportar prompts</translation>
    </message>
    <message>
        <source>BelugaDesk prompts (*.json)</source>
        <translation>Prompts de BelugaDesk (*.json)</translation>
    </message>
    <message>
        <source>Import prompts</source>
        <translation>Importar prompts</translation>
    </message>
</context>
<context>
    <name>PromptEditDialog</name>
    <message>
        <source>Edit prompt</source>
        <translation>Editar prompt</translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation>Nuevo prompt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation>Texto del prompt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>writing, code</source>
        <translation>redacción, código</translation>
    </message>
    <message>
        <source>Write {{name}} for a blank filled in when the prompt is inserted, {{name|default}} to give it a default, and \{{ for two literal braces. Tags are separated by commas.</source>
        <translation>Escriba {{name}} para un hueco que se rellena al insertar el prompt, {{name|default}} para darle un valor por defecto y \{{ para dos llaves literales. Las etiquetas se separan con comas.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>Save prompt</source>
        <translation>Guardar prompt</translation>
    </message>
</context>
<context>
    <name>PromptLibrary</name>
    <message>
        <source>The file {path} could not be written ({reason}).</source>
        <translation>No se pudo escribir el archivo {path} ({reason}).</translation>
    </message>
    <message>
        <source>The file {name} is too large to be a prompt library.</source>
        <translation>El archivo {name} es demasiado grande para ser una biblioteca de prompts.</translation>
    </message>
    <message>
        <source>The file {name} is not a BelugaDesk prompt library: it is not UTF-8 text.</source>
        <translation>El archivo {name} no es una biblioteca de prompts de BelugaDesk: no es texto UTF-8.</translation>
    </message>
    <message>
        <source>The file {path} could not be read ({reason}).</source>
        <translation>No se pudo leer el archivo {path} ({reason}).</translation>
    </message>
    <message>
        <source>The prompt library could not be read.</source>
        <translation>No se pudo leer la biblioteca de prompts.</translation>
    </message>
    <message>
        <source>The prompt was not saved.</source>
        <translation>El prompt no se guardó.</translation>
    </message>
    <message>
        <source>The prompt was not deleted.</source>
        <translation>El prompt no se eliminó.</translation>
    </message>
    <message>
        <source>The prompt could not be inserted.</source>
        <translation>No se pudo insertar el prompt.</translation>
    </message>
    <message>
        <source>The prompts were not exported.</source>
        <translation>Los prompts no se exportaron.</translation>
    </message>
    <message>
        <source>Prompts not exported</source>
        <translation>Prompts no exportados</translation>
    </message>
    <message>
        <source>The prompts were not imported.</source>
        <translation>Los prompts no se importaron.</translation>
    </message>
    <message>
        <source>The file {name}</source>
        <translation>El archivo {name}</translation>
    </message>
    <message>
        <source>Prompts not imported</source>
        <translation>Prompts no importados</translation>
    </message>
</context>
<context>
    <name>PromptLibraryDialog</name>
    <message>
        <source>Prompt library</source>
        <translation>Biblioteca de prompts</translation>
    </message>
    <message>
        <source>Search prompts</source>
        <translation>Buscar prompts</translation>
    </message>
    <message>
        <source>Search titles, text and tags</source>
        <translation>Buscar en títulos, texto y etiquetas</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation>Texto del prompt</translation>
    </message>
    <message>
        <source>Tags of the prompt</source>
        <translation>Etiquetas del prompt</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation>Añadir un prompt</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the prompt</source>
        <translation>Editar el prompt</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete the prompt</source>
        <translation>Eliminar el prompt</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import prompts</source>
        <translation>Importar prompts</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export prompts</source>
        <translation>Exportar prompts</translation>
    </message>
    <message>
        <source>I&amp;nsert</source>
        <translation>I&amp;nsertar</translation>
    </message>
    <message>
        <source>Insert into the message box</source>
        <translation>Insertar en el cuadro de mensaje</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the prompt library</source>
        <translation>Cerrar la biblioteca de prompts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Etiquetas: {tags}</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Sin etiquetas</translation>
    </message>
</context>
<context>
    <name>PromptLibraryViewModel</name>
    <message numerus="yes">
        <source>Exported %n prompt(s) to {path}</source>
        <translation>
            <numerusform>%n prompt exportado a {path}</numerusform>
            <numerusform>%n prompts exportados a {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n prompt(s)</source>
        <translation>
            <numerusform>%n prompt añadido</numerusform>
            <numerusform>%n prompts añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n already in the library</source>
        <translation>
            <numerusform>%n omitido por estar ya en la biblioteca</numerusform>
            <numerusform>%n omitidos por estar ya en la biblioteca</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickAskViewModel</name>
    <message>
        <source>The quick-ask window could not start over.</source>
        <translation>La ventana de pregunta rápida no pudo empezar de nuevo.</translation>
    </message>
    <message>
        <source>Ask something first: there is no conversation to move yet.</source>
        <translation>Pregunte algo primero: todavía no hay ninguna conversación que mover.</translation>
    </message>
    <message>
        <source>Wait until the reply is written (or stop it), then open the thread in the main window.</source>
        <translation>Espere a que se escriba la respuesta (o deténgala) y luego abra la conversación en la ventana principal.</translation>
    </message>
</context>
<context>
    <name>QuickAskWindow</name>
    <message>
        <source>Quick ask — {app}</source>
        <translation>Pregunta rápida — {app}</translation>
    </message>
    <message>
        <source>Quick ask</source>
        <translation>Pregunta rápida</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Open in main window</source>
        <translation>Abrir en la ventana principal</translation>
    </message>
    <message>
        <source>Continue this conversation in the main window (Ctrl+O)</source>
        <translation>Continuar esta conversación en la ventana principal (Ctrl+O)</translation>
    </message>
    <message>
        <source>Hide quick ask</source>
        <translation>Ocultar pregunta rápida</translation>
    </message>
    <message>
        <source>Hide this window; the conversation stays (Esc)</source>
        <translation>Ocultar esta ventana; la conversación se mantiene (Esc)</translation>
    </message>
    <message>
        <source>Hide quick ask (stops a reply first)</source>
        <translation>Ocultar pregunta rápida (antes detiene la respuesta en curso)</translation>
    </message>
    <message>
        <source>Quick ask · {assistant}</source>
        <translation>Pregunta rápida · {assistant}</translation>
    </message>
</context>
<context>
    <name>RemoteAssistantModel</name>
    <message>
        <source>{assistant} — already imported</source>
        <translation>{assistant} — ya importado</translation>
    </message>
</context>
<context>
    <name>RemoteImportDialog</name>
    <message>
        <source>Import assistants from the server</source>
        <translation>Importar asistentes desde el servidor</translation>
    </message>
    <message>
        <source>Tick the assistants to import. Ones already imported are greyed out.</source>
        <translation>Marque los asistentes que quiera importar. Los ya importados aparecen en gris.</translation>
    </message>
    <message>
        <source>Server assistants</source>
        <translation>Asistentes del servidor</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected assistant</source>
        <translation>Espacio marca o desmarca el asistente seleccionado</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Cargar más</translation>
    </message>
    <message>
        <source>Load more assistants</source>
        <translation>Cargar más asistentes</translation>
    </message>
    <message>
        <source>Fetch the next page of the server&apos;s assistants</source>
        <translation>Obtener la siguiente página de asistentes del servidor</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import the ticked assistants</source>
        <translation>Importar los asistentes marcados</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The server has no assistants for this profile.</source>
        <translation>El servidor no tiene asistentes para este perfil.</translation>
    </message>
    <message>
        <source>{ticked} ticked.</source>
        <translation>{ticked} marcado(s).</translation>
    </message>
</context>
<context>
    <name>RemoteImportViewModel</name>
    <message>
        <source>Could not list the server&apos;s assistants.</source>
        <translation>No se pudieron listar los asistentes del servidor.</translation>
    </message>
    <message>
        <source>Could not import.</source>
        <translation>No se pudo importar.</translation>
    </message>
</context>
<context>
    <name>RemoteMcpEditor</name>
    <message>
        <source>all tools</source>
        <translation>todas las herramientas</translation>
    </message>
    <message>
        <source>asks before each call</source>
        <translation>pregunta antes de cada llamada</translation>
    </message>
    <message>
        <source>runs calls without asking</source>
        <translation>ejecuta las llamadas sin preguntar</translation>
    </message>
    <message>
        <source>Remote MCP &amp;servers (the API calls them itself)</source>
        <translation>&amp;Servidores MCP remotos (la API los llama ella misma)</translation>
    </message>
    <message>
        <source>Remote MCP servers of this assistant</source>
        <translation>Servidores MCP remotos de este asistente</translation>
    </message>
    <message>
        <source>Remote server label</source>
        <translation>Etiqueta del servidor remoto</translation>
    </message>
    <message>
        <source>Remote server URL</source>
        <translation>URL del servidor remoto</translation>
    </message>
    <message>
        <source>Allowed tools of the remote server</source>
        <translation>Herramientas permitidas del servidor remoto</translation>
    </message>
    <message>
        <source>Tool names separated by commas or lines; empty: all its tools</source>
        <translation>Nombres de herramientas separados por comas o líneas; vacío: todas sus herramientas</translation>
    </message>
    <message>
        <source>Empty: all its tools. Or names separated by commas or lines.</source>
        <translation>Vacío: todas sus herramientas. O nombres separados por comas o líneas.</translation>
    </message>
    <message>
        <source>Ask before each call</source>
        <translation>Preguntar antes de cada llamada</translation>
    </message>
    <message>
        <source>Ask before each call of the remote server</source>
        <translation>Preguntar antes de cada llamada al servidor remoto</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Añadir servidor</translation>
    </message>
    <message>
        <source>Add remote server</source>
        <translation>Añadir servidor remoto</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Save changes to the selected remote server</source>
        <translation>Guardar los cambios del servidor remoto seleccionado</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected remote server</source>
        <translation>Quitar el servidor remoto seleccionado</translation>
    </message>
    <message>
        <source>Remote server problem</source>
        <translation>Problema con el servidor remoto</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Allowed tools</source>
        <translation>Herramientas permitidas</translation>
    </message>
    <message>
        <source>Why remote MCP servers are unavailable</source>
        <translation>Por qué no están disponibles los servidores MCP remotos</translation>
    </message>
</context>
<context>
    <name>ReplyRun</name>
    <message>
        <source>Queued…</source>
        <translation>En cola…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <source>Calling a tool…</source>
        <translation>Llamando a una herramienta…</translation>
    </message>
    <message>
        <source>Waiting for a tool&apos;s output…</source>
        <translation>Esperando la salida de una herramienta…</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incompleta</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Starting the assistant&apos;s tools…</source>
        <extracomment>the MCP tools a reply of an assistant offers (listed from its granted servers) asks the person whether an MCP tool call may run (None: the question was taken back) saves an assistant whose grants changed (&quot;Always allow this tool&quot;) added to the assistant&apos;s instructions on every request of this reply (the thread&apos;s folder&apos;s) Stop came before the server took the request (the question goes back to the input)</extracomment>
        <translation>Iniciando las herramientas del asistente…</translation>
    </message>
    <message>
        <source>Sending the tool output…</source>
        <translation>Enviando la salida de la herramienta…</translation>
    </message>
    <message>
        <source>Running {name}…</source>
        <translation>Ejecutando {name}…</translation>
    </message>
    <message>
        <source>Waiting for the output of {name}…</source>
        <translation>Esperando la salida de {name}…</translation>
    </message>
    <message>
        <source>Running {name} on {server_name}…</source>
        <translation>Ejecutando {name} en {server_name}…</translation>
    </message>
    <message>
        <source>Waiting for your approval of {tool_name}…</source>
        <translation>Esperando su aprobación de {tool_name}…</translation>
    </message>
    <message>
        <source>Nobody could be asked to approve it.</source>
        <translation>No se pudo pedir la aprobación a nadie.</translation>
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
        <translation>Valor por defecto del modelo</translation>
    </message>
    <message>
        <source>{label}: use the model&apos;s default</source>
        <translation>{label}: usar el valor por defecto del modelo</translation>
    </message>
    <message>
        <source>Leave {label} unset so the model&apos;s default applies</source>
        <translation>Dejar {label} sin definir para que se aplique el valor por defecto del modelo</translation>
    </message>
    <message>
        <source>{label} slider</source>
        <translation>Control deslizante de {label}</translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <source>Validate</source>
        <translation>Validar</translation>
    </message>
    <message>
        <source>Validate {label}</source>
        <translation>Validar {label}</translation>
    </message>
    <message>
        <source>Check that this is valid JSON and a valid JSON schema</source>
        <translation>Comprobar que esto es JSON válido y un esquema JSON válido</translation>
    </message>
    <message>
        <source>Insert template</source>
        <translation>Insertar plantilla</translation>
    </message>
    <message>
        <source>Insert a template into {label}</source>
        <translation>Insertar una plantilla en {label}</translation>
    </message>
    <message>
        <source>Replace the text with an example schema to start from</source>
        <translation>Sustituir el texto por un esquema de ejemplo desde el que empezar</translation>
    </message>
    <message>
        <source>{label} check result</source>
        <translation>Resultado de la comprobación de {label}</translation>
    </message>
</context>
<context>
    <name>ServerBlock</name>
    <message>
        <source>{name}: all its tools</source>
        <translation>{name}: todas sus herramientas</translation>
    </message>
    <message>
        <source>Use all tools of {name}</source>
        <translation>Usar todas las herramientas de {name}</translation>
    </message>
    <message>
        <source>The assistant may use every tool this server offers, now and later</source>
        <translation>El asistente puede usar todas las herramientas de este servidor, ahora y en el futuro</translation>
    </message>
    <message>
        <source>Show tools</source>
        <translation>Mostrar herramientas</translation>
    </message>
    <message>
        <source>Show the tools of {name}</source>
        <translation>Mostrar las herramientas de {name}</translation>
    </message>
    <message>
        <source>Lists the server&apos;s tools; this starts the server if it is not running</source>
        <translation>Lista las herramientas del servidor; inicia el servidor si no está en marcha</translation>
    </message>
    <message>
        <source>Run read-only tools without asking</source>
        <translation>Ejecutar sin preguntar las herramientas de solo lectura</translation>
    </message>
    <message>
        <source>Run read-only tools of {name} without asking</source>
        <translation>Ejecutar sin preguntar las herramientas de solo lectura de {name}</translation>
    </message>
    <message>
        <source>Tools the server marks as read-only run without asking for approval</source>
        <translation>Las herramientas que el servidor marca como de solo lectura se ejecutan sin pedir aprobación</translation>
    </message>
    <message>
        <source>Tools of {name}</source>
        <translation>Herramientas de {name}</translation>
    </message>
    <message>
        <source>Show tools to choose single tools (this starts the server).</source>
        <translation>Muestre las herramientas para elegir algunas (esto inicia el servidor).</translation>
    </message>
    <message>
        <source>Starting the server and listing its tools…</source>
        <translation>Iniciando el servidor y listando sus herramientas…</translation>
    </message>
    <message>
        <source>It lists no tools.</source>
        <translation>No ofrece herramientas.</translation>
    </message>
</context>
<context>
    <name>ServerTableModel</name>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Local program</source>
        <translation>Programa local</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secciones de ajustes</translation>
    </message>
    <message>
        <source>Choose a section (Up and Down keys)</source>
        <translation>Elegir una sección (teclas Arriba y Abajo)</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportamiento</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>{title} settings</source>
        <translation>Ajustes de {title}</translation>
    </message>
    <message>
        <source>Settings section</source>
        <translation>Sección de ajustes</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrar atajos</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Filtrar por acción o tecla</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Atajos</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
</context>
<context>
    <name>SidePane</name>
    <message>
        <source>Sidebar</source>
        <translation>Barra lateral</translation>
    </message>
</context>
<context>
    <name>SlashPicker</name>
    <message>
        <source>Saved prompts</source>
        <translation>Prompts guardados</translation>
    </message>
    <message>
        <source>Up and Down choose, Enter inserts, Esc closes</source>
        <translation>Arriba y Abajo eligen, Intro inserta, Esc cierra</translation>
    </message>
</context>
<context>
    <name>SourceWords</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n fuente</numerusform>
            <numerusform>%n fuentes</numerusform>
        </translation>
    </message>
    <message>
        <source>▾ Hide sources</source>
        <translation>▾ Ocultar las fuentes</translation>
    </message>
    <message>
        <source>▸ Show sources</source>
        <translation>▸ Mostrar las fuentes</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync shares your threads list, assistants and the messages of threads kept only on this computer through a folder that a sync tool you already use (Syncthing, Nextcloud, Dropbox, iCloud Drive, OneDrive, a network share) copies between your devices. No server of ours; API keys never go there.</source>
        <translation>La sincronización comparte su lista de conversaciones, sus asistentes y los mensajes de las conversaciones guardadas solo en este equipo mediante una carpeta que una herramienta de sincronización que ya use (Syncthing, Nextcloud, Dropbox, iCloud Drive, OneDrive, una carpeta compartida en red) copia entre sus dispositivos. Sin servidores nuestros; las claves de API nunca van ahí.</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Elegir la carpeta de sincronización</translation>
    </message>
    <message>
        <source>This device&apos;s name</source>
        <translation>Nombre de este dispositivo</translation>
    </message>
    <message>
        <source>How the other devices list this one</source>
        <translation>Cómo ven este dispositivo los demás</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Stop sharing changes for now</source>
        <translation>Dejar de compartir cambios por ahora</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Check the folder now</source>
        <translation>Revisar la carpeta ahora</translation>
    </message>
    <message>
        <source>&amp;Leave sync</source>
        <translation>Sa&amp;lir de la sincronización</translation>
    </message>
    <message>
        <source>Stop syncing this computer; its data stays</source>
        <translation>Dejar de sincronizar este equipo; sus datos se conservan</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Carpeta</translation>
    </message>
    <message>
        <source>This &amp;device</source>
        <translation>Este &amp;dispositivo</translation>
    </message>
    <message>
        <source>Not syncing</source>
        <translation>Sin sincronizar</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>{name} (this device)</source>
        <translation>{name} (este dispositivo)</translation>
    </message>
    <message>
        <source>{name} — last update {when}</source>
        <translation>{name} — última actualización: {when}</translation>
    </message>
</context>
<context>
    <name>SyncQuestions</name>
    <message>
        <source>Choose the sync folder</source>
        <translation>Elegir la carpeta de sincronización</translation>
    </message>
    <message>
        <source>Leave sync</source>
        <translation>Salir de la sincronización</translation>
    </message>
    <message>
        <source>Stop syncing this computer?</source>
        <translation>¿Dejar de sincronizar este equipo?</translation>
    </message>
    <message>
        <source>Everything stays here, and the other devices keep what this one shared. Changes made from now on are not shared.</source>
        <translation>Todo se queda aquí y los demás dispositivos conservan lo que este compartió. Los cambios que se hagan a partir de ahora no se comparten.</translation>
    </message>
    <message>
        <source>&amp;Leave sync</source>
        <translation>Sa&amp;lir de la sincronización</translation>
    </message>
</context>
<context>
    <name>SyncSession</name>
    <message>
        <source>Sync is waiting: {reason}</source>
        <extracomment>a check this often, in case the file watcher hears nothing (network shares often do not tell) a check this long after the last change the watcher heard (a sync tool writes a few files at once)</extracomment>
        <translation>La sincronización está en espera: {reason}</translation>
    </message>
    <message>
        <source>Sync is waiting: the sync folder could not be read or written ({reason}).</source>
        <translation>La sincronización está en espera: no se pudo leer ni escribir en la carpeta de sincronización ({reason}).</translation>
    </message>
    <message>
        <source>Up to date; last checked at {time}.</source>
        <translation>Al día; última comprobación a las {time}.</translation>
    </message>
    <message>
        <source>Some changes from other devices are still arriving.</source>
        <translation>Todavía están llegando algunos cambios de otros dispositivos.</translation>
    </message>
    <message>
        <source>Items edited here were deleted on another device; your edits are kept in the backup {path}.</source>
        <translation>Se eliminaron en otro dispositivo elementos editados aquí; sus cambios se conservan en la copia de seguridad {path}.</translation>
    </message>
    <message>
        <source>Sync is off. Choose a folder that your sync tool replicates to turn it on.</source>
        <translation>La sincronización está desactivada. Elija una carpeta que replique su herramienta de sincronización para activarla.</translation>
    </message>
    <message>
        <source>Sync is paused. Changes are kept here and shared when you resume.</source>
        <translation>La sincronización está en pausa. Los cambios se guardan aquí y se comparten cuando la reanude.</translation>
    </message>
    <message>
        <source>Syncing through {folder}…</source>
        <translation>Sincronizando mediante {folder}…</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
</context>
<context>
    <name>ThreadActionsViewModel</name>
    <message>
        <source>This thread belongs to another profile, so its server copy can only be deleted with that profile&apos;s key.</source>
        <translation>Esta conversación pertenece a otro perfil, así que su copia del servidor solo se puede eliminar con la clave de ese perfil.</translation>
    </message>
    <message>
        <source>Thread not deleted</source>
        <translation>Conversación no eliminada</translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation>«{title}» eliminada</translation>
    </message>
    <message>
        <source>Thread not exported</source>
        <translation>Conversación no exportada</translation>
    </message>
    <message>
        <source>Exported “{title}” to {path}</source>
        <translation>«{title}» exportada a {path}</translation>
    </message>
    <message>
        <source>Thread not imported</source>
        <translation>Conversación no importada</translation>
    </message>
    <message>
        <source>Stop the reply being written before deleting this thread.</source>
        <translation>Detenga la respuesta que se está escribiendo antes de eliminar esta conversación.</translation>
    </message>
    <message>
        <source>The local copy could not be deleted.</source>
        <translation>No se pudo eliminar la copia local.</translation>
    </message>
    <message>
        <source>The thread was not exported.</source>
        <translation>La conversación no se exportó.</translation>
    </message>
    <message>
        <source>{name} was not imported.</source>
        <translation>{name} no se importó.</translation>
    </message>
</context>
<context>
    <name>ThreadBanner</name>
    <message>
        <source>Thread notice</source>
        <translation>Aviso de la conversación</translation>
    </message>
</context>
<context>
    <name>ThreadDelegate</name>
    <message>
        <source>not on server</source>
        <translation>no está en el servidor</translation>
    </message>
    <message>
        <source>Thread title</source>
        <translation>Título de la conversación</translation>
    </message>
    <message>
        <source>Type a new title; Enter saves, Esc cancels</source>
        <translation>Escriba un título nuevo; Intro guarda, Esc cancela</translation>
    </message>
</context>
<context>
    <name>ThreadDialogs</name>
    <message>
        <source>Delete local copy only</source>
        <translation>Eliminar solo la copia local</translation>
    </message>
    <message>
        <source>BelugaDesk thread (*.json)</source>
        <translation>Conversación de BelugaDesk (*.json)</translation>
    </message>
    <message>
        <source>Delete thread</source>
        <translation>Eliminar conversación</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>¿Eliminar «{title}»?</translation>
    </message>
    <message>
        <source>on the server and on this computer</source>
        <translation>en el servidor y en este equipo</translation>
    </message>
    <message>
        <source>here</source>
        <translation>aquí</translation>
    </message>
    <message>
        <source>The thread is deleted {where}. This cannot be undone; Archive keeps it instead.</source>
        <translation>La conversación se elimina {where}. No se puede deshacer; Archivar la conserva en su lugar.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Thread not deleted</source>
        <translation>Conversación no eliminada</translation>
    </message>
    <message>
        <source>“{title}” could not be deleted on the server; the local copy was kept.</source>
        <translation>«{title}» no se pudo eliminar en el servidor; se conservó la copia local.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export thread</source>
        <translation>Exportar conversación</translation>
    </message>
    <message>
        <source>Import thread from JSON</source>
        <translation>Importar conversación desde JSON</translation>
    </message>
</context>
<context>
    <name>ThreadFiles</name>
    <message>
        <source>The file {path} could not be written ({error}).</source>
        <extracomment>why the server&apos;s copy could not be deleted (the local copy was kept); &quot;&quot; when deleted</extracomment>
        <translation>No se pudo escribir el archivo {path} ({error}).</translation>
    </message>
    <message>
        <source>The file {path} is too large to be a thread export.</source>
        <translation>El archivo {path} es demasiado grande para ser una exportación de conversación.</translation>
    </message>
    <message>
        <source>The file {path} could not be read ({error}).</source>
        <translation>No se pudo leer el archivo {path} ({error}).</translation>
    </message>
</context>
<context>
    <name>ThreadGroup</name>
    <message>
        <source>Pinned</source>
        <translation>Fijadas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivadas</translation>
    </message>
</context>
<context>
    <name>ThreadListModel</name>
    <message>
        <source>Deleted on the server; the local copy is kept.</source>
        <translation>Eliminada en el servidor; se conserva la copia local.</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <extracomment>the MIME type of threads dragged from the list: their local ids, one per line (UTF-8) an inline edit (F2) asked for a new title: (thread id, title); the view-model persists it</extracomment>
        <translation>Actualizada {time}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
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
        <translation>No hay coincidencias para «{query}»</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>match: {snippet}</source>
        <translation>coincidencia: {snippet}</translation>
    </message>
    <message>
        <source>title matches</source>
        <translation>coincide el título</translation>
    </message>
    <message>
        <source>updated {time}</source>
        <translation>actualizada {time}</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fijada</translation>
    </message>
    <message>
        <source>deleted on the server</source>
        <translation>eliminada en el servidor</translation>
    </message>
</context>
<context>
    <name>ThreadListPanel</name>
    <message>
        <source>Search threads</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>Search every thread&apos;s title and messages (Ctrl+K)</source>
        <translation>Buscar en los títulos y mensajes de todas las conversaciones (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation>Buscar (Ctrl+K)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Show thread filters</source>
        <translation>Mostrar filtros de conversaciones</translation>
    </message>
    <message>
        <source>Filter the threads by assistant, or also list archived ones</source>
        <translation>Filtrar las conversaciones por asistente o mostrar también las archivadas</translation>
    </message>
    <message>
        <source>Filter threads by assistant</source>
        <translation>Filtrar conversaciones por asistente</translation>
    </message>
    <message>
        <source>Show the threads of one assistant only</source>
        <translation>Mostrar solo las conversaciones de un asistente</translation>
    </message>
    <message>
        <source>Show arc&amp;hived</source>
        <translation>Mostrar arc&amp;hivadas</translation>
    </message>
    <message>
        <source>Show archived threads</source>
        <translation>Mostrar conversaciones archivadas</translation>
    </message>
    <message>
        <source>Also list archived threads (in their own group)</source>
        <translation>Mostrar también las conversaciones archivadas (en su propio grupo)</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Thread list problem</source>
        <translation>Problema con la lista de conversaciones</translation>
    </message>
    <message>
        <source>&amp;Search threads</source>
        <translation>&amp;Buscar conversaciones</translation>
    </message>
    <message>
        <source>&amp;Open thread by id…</source>
        <translation>&amp;Abrir conversación por id…</translation>
    </message>
    <message>
        <source>&amp;Import thread from JSON…</source>
        <translation>&amp;Importar conversación desde JSON…</translation>
    </message>
    <message>
        <source>Mo&amp;ve to folder…</source>
        <translation>&amp;Mover a una carpeta…</translation>
    </message>
    <message>
        <source>Move the selected (or open) thread to a folder</source>
        <translation>Mover la conversación seleccionada (o abierta) a una carpeta</translation>
    </message>
    <message>
        <source>&amp;Threads</source>
        <translation>C&amp;onversaciones</translation>
    </message>
    <message>
        <source>Thread actions</source>
        <translation>Acciones de la conversación</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>&amp;Desfijar</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Fijar</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Desar&amp;chivar</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivar</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Exportar como &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Exportar como &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Copy remote id</source>
        <translation>&amp;Copiar id remoto</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Copied {id}</source>
        <translation>{id} copiado</translation>
    </message>
    <message>
        <source>All assistants</source>
        <translation>Todos los asistentes</translation>
    </message>
</context>
<context>
    <name>ThreadListView</name>
    <message>
        <source>Open the thread</source>
        <translation>Abrir la conversación</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Pin or unpin</source>
        <translation>Fijar o desfijar</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Mayús+P</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Thread menu (export, archive, …)</source>
        <translation>Menú de la conversación (exportar, archivar, …)</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10</source>
        <translation>Tecla de menú o Mayús+F10</translation>
    </message>
</context>
<context>
    <name>ThreadListViewModel</name>
    <message>
        <source>The thread list could not be loaded.</source>
        <extracomment>only the threads in these folders (an empty list: in no folder; None: every thread)</extracomment>
        <translation>No se pudo cargar la lista de conversaciones.</translation>
    </message>
    <message>
        <source>Search failed.</source>
        <translation>La búsqueda ha fallado.</translation>
    </message>
    <message>
        <source>The thread could not be changed.</source>
        <translation>No se pudo cambiar la conversación.</translation>
    </message>
    <message>
        <source>A thread needs a title.</source>
        <translation>Una conversación necesita un título.</translation>
    </message>
</context>
<context>
    <name>ThreadResumeViewModel</name>
    <message>
        <source>This thread no longer exists on the server; the local copy is kept.</source>
        <translation>Esta conversación ya no existe en el servidor; se conserva la copia local.</translation>
    </message>
    <message>
        <source>This thread belongs to another profile, so it is shown read-only from the local copy: this profile&apos;s key cannot continue it. Switch to that profile to continue it.</source>
        <translation>Esta conversación pertenece a otro perfil, así que se muestra en solo lectura desde la copia local: la clave de este perfil no puede continuarla. Cambie a ese perfil para continuarla.</translation>
    </message>
    <message>
        <source>This is a local copy with no thread on the server (for example an imported duplicate), so it can be read but not continued.</source>
        <translation>Esta es una copia local sin conversación en el servidor (por ejemplo, un duplicado importado), así que se puede leer pero no continuar.</translation>
    </message>
    <message>
        <source>This thread was made with the {backend} API, so it is shown read-only from the local copy: the active profile uses the {active} API.</source>
        <translation>Esta conversación se creó con la API {backend}, así que se muestra en solo lectura desde la copia local: el perfil activo usa la API {active}.</translation>
    </message>
    <message>
        <source>Paste a thread id.</source>
        <translation>Pegue un id de conversación.</translation>
    </message>
    <message>
        <source>A thread id has no spaces.</source>
        <translation>Un id de conversación no tiene espacios.</translation>
    </message>
    <message>
        <source>“{text}” is an id of the {other} API; the active profile uses the {active} API, whose thread ids start with “{prefix}”.</source>
        <translation>«{text}» es un id de la API {other}; el perfil activo usa la API {active}, cuyos ids de conversación empiezan por «{prefix}».</translation>
    </message>
    <message>
        <source>A {api} API thread id starts with “{prefix}” (for example {prefix}abc123).</source>
        <translation>Un id de conversación de la API {api} empieza por «{prefix}» (por ejemplo {prefix}abc123).</translation>
    </message>
    <message>
        <source>The history could not be reloaded from the server; showing the local copy. {error}</source>
        <translation>No se pudo recargar el historial desde el servidor; se muestra la copia local. {error}</translation>
    </message>
    <message>
        <source>The history could not be saved.</source>
        <translation>No se pudo guardar el historial.</translation>
    </message>
    <message>
        <source>{error} Showing the local copy.</source>
        <translation>{error} Se muestra la copia local.</translation>
    </message>
    <message>
        <source>Thread not opened</source>
        <translation>Conversación no abierta</translation>
    </message>
    <message>
        <source>The thread {remote_id} could not be opened.</source>
        <translation>No se pudo abrir la conversación {remote_id}.</translation>
    </message>
    <message>
        <source>Thread {remote_id}</source>
        <translation>Conversación {remote_id}</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
</context>
<context>
    <name>ToolApprovalDialog</name>
    <message>
        <source>Run {tool_name}?</source>
        <translation>¿Ejecutar {tool_name}?</translation>
    </message>
    <message>
        <source>Approve a tool call</source>
        <translation>Aprobar una llamada a herramienta</translation>
    </message>
    <message>
        <source>The assistant wants to run &lt;b&gt;{tool}&lt;/b&gt; on the remote MCP server &lt;b&gt;{server}&lt;/b&gt;.</source>
        <translation>El asistente quiere ejecutar &lt;b&gt;{tool}&lt;/b&gt; en el servidor MCP remoto &lt;b&gt;{server}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The assistant wants to run &lt;b&gt;{tool}&lt;/b&gt; on the MCP server &lt;b&gt;{server}&lt;/b&gt;.</source>
        <translation>El asistente quiere ejecutar &lt;b&gt;{tool}&lt;/b&gt; en el servidor MCP &lt;b&gt;{server}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The server says this tool only reads.</source>
        <translation>El servidor dice que esta herramienta solo lee.</translation>
    </message>
    <message>
        <source>What the assistant wants to run</source>
        <translation>Qué quiere ejecutar el asistente</translation>
    </message>
    <message>
        <source>&amp;Arguments (you may edit them)</source>
        <translation>&amp;Argumentos (puede editarlos)</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <source>Arguments check</source>
        <translation>Comprobación de argumentos</translation>
    </message>
    <message>
        <source>&amp;Message to the assistant if you deny (optional)</source>
        <translation>&amp;Mensaje al asistente si deniega (opcional)</translation>
    </message>
    <message>
        <source>Message to the assistant</source>
        <translation>Mensaje al asistente</translation>
    </message>
    <message>
        <source>Allow &amp;once</source>
        <translation>Permitir &amp;una vez</translation>
    </message>
    <message>
        <source>Run this call</source>
        <translation>Ejecutar esta llamada</translation>
    </message>
    <message>
        <source>Allow for this &amp;thread</source>
        <translation>Permitir en esta &amp;conversación</translation>
    </message>
    <message>
        <source>Run this tool&apos;s calls in this conversation without asking</source>
        <translation>Ejecutar sin preguntar las llamadas de esta herramienta en esta conversación</translation>
    </message>
    <message>
        <source>Al&amp;ways allow this tool</source>
        <translation>Permitir &amp;siempre esta herramienta</translation>
    </message>
    <message>
        <source>Never ask again for this tool (saved in the assistant)</source>
        <translation>No volver a preguntar por esta herramienta (se guarda en el asistente)</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;Denegar</translation>
    </message>
    <message>
        <source>Do not run it; the assistant is told</source>
        <translation>No ejecutarla; se avisa al asistente</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>JSON válido.</translation>
    </message>
</context>
<context>
    <name>ToolOutputDialog</name>
    <message>
        <source>Type or paste the output the function returned.</source>
        <translation>Escriba o pegue la salida que devolvió la función.</translation>
    </message>
    <message>
        <source>Not valid JSON ({problem}, line {line}); it will be sent as plain text.</source>
        <translation>JSON no válido ({problem}, línea {line}); se enviará como texto sin formato.</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>JSON válido.</translation>
    </message>
    <message>
        <source>Output of {name}</source>
        <translation>Salida de {name}</translation>
    </message>
    <message>
        <source>Function call output</source>
        <translation>Salida de la llamada a función</translation>
    </message>
    <message>
        <source>The assistant called the function &lt;b&gt;{name}&lt;/b&gt;. Run it yourself and give its output; the reply continues with it.</source>
        <translation>El asistente llamó a la función &lt;b&gt;{name}&lt;/b&gt;. Ejecútela usted mismo y proporcione su salida; la respuesta continúa con ella.</translation>
    </message>
    <message>
        <source>&amp;Arguments</source>
        <translation>&amp;Argumentos</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>&amp;Salida</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>For example {&quot;temperature&quot;: 21, &quot;unit&quot;: &quot;C&quot;}</source>
        <translation>Por ejemplo {&quot;temperature&quot;: 21, &quot;unit&quot;: &quot;C&quot;}</translation>
    </message>
    <message>
        <source>Output hint</source>
        <translation>Indicación sobre la salida</translation>
    </message>
    <message>
        <source>&amp;Send output</source>
        <translation>&amp;Enviar salida</translation>
    </message>
    <message>
        <source>Send output</source>
        <translation>Enviar salida</translation>
    </message>
    <message>
        <source>Send this output to the assistant (Ctrl+Enter)</source>
        <translation>Enviar esta salida al asistente (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Tell the assistant the function was not run</source>
        <translation>Decir al asistente que la función no se ejecutó</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Close; the call keeps waiting (Esc)</source>
        <translation>Cerrar; la llamada sigue esperando (Esc)</translation>
    </message>
</context>
<context>
    <name>ToolRow</name>
    <message>
        <source>Ask first</source>
        <translation>Preguntar primero</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>Permitir siempre</translation>
    </message>
    <message>
        <source>Use {name}</source>
        <translation>Usar {name}</translation>
    </message>
    <message>
        <source>Approval for {name}</source>
        <translation>Aprobación para {name}</translation>
    </message>
    <message>
        <source>Ask before each call, or let calls of this tool run without asking</source>
        <translation>Preguntar antes de cada llamada, o dejar que las llamadas de esta herramienta se ejecuten sin preguntar</translation>
    </message>
</context>
<context>
    <name>ToolsDialogs</name>
    <message>
        <source>Remove MCP server</source>
        <translation>Quitar servidor MCP</translation>
    </message>
    <message>
        <source>Remove the MCP server “{name}”?</source>
        <translation>¿Quitar el servidor MCP «{name}»?</translation>
    </message>
    <message>
        <source>It is stopped, and its secrets are removed from the keyring.</source>
        <translation>Se detiene y sus secretos se quitan del llavero.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Quitar servidor</translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <source>MCP servers give assistants tools. Add a server here, then choose which assistant may use its tools in the assistant&apos;s form (Tools from MCP servers). Every call is shown to you before it runs.</source>
        <translation>Los servidores MCP dan herramientas a los asistentes. Añada aquí un servidor y luego elija en el formulario del asistente (Herramientas de servidores MCP) qué asistente puede usar sus herramientas. Cada llamada se le muestra antes de ejecutarse.</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>Servidores MCP</translation>
    </message>
    <message>
        <source>Selected server</source>
        <translation>Servidor seleccionado</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Add an MCP server</source>
        <translation>Añadir un servidor MCP</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Change the selected server</source>
        <translation>Cambiar el servidor seleccionado</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected server</source>
        <translation>Quitar el servidor seleccionado</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>Start the selected server and list its tools</source>
        <translation>Iniciar el servidor seleccionado y listar sus herramientas</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>Rei&amp;niciar</translation>
    </message>
    <message>
        <source>Stop the selected server and start it again</source>
        <translation>Detener el servidor seleccionado e iniciarlo de nuevo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>No server yet: Add one.</source>
        <translation>Aún no hay servidor: añada uno.</translation>
    </message>
</context>
<context>
    <name>VariableRow</name>
    <message>
        <source>{what} name</source>
        <translation>{what}: nombre</translation>
    </message>
    <message>
        <source>{what} value</source>
        <translation>{what}: valor</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>{what} is a secret</source>
        <translation>{what} es secreto</translation>
    </message>
    <message>
        <source>Keep the value in the system keyring, never in the settings file</source>
        <translation>Guardar el valor en el llavero del sistema, nunca en el archivo de ajustes</translation>
    </message>
    <message>
        <source>Remove {what}</source>
        <translation>Quitar {what}</translation>
    </message>
    <message>
        <source>Remove this {what}</source>
        <translation>Quitar este elemento: {what}</translation>
    </message>
</context>
<context>
    <name>VariablesEditor</name>
    <message>
        <source>Add {what}</source>
        <translation>Añadir {what}</translation>
    </message>
</context>
<context>
    <name>VariablesForm</name>
    <message>
        <source>Fill in the prompt</source>
        <translation>Completar el prompt</translation>
    </message>
    <message>
        <source>“{title}” has blanks to fill in before it goes into the message box.</source>
        <translation>«{title}» tiene huecos que rellenar antes de pasar al cuadro de mensaje.</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insertar</translation>
    </message>
    <message>
        <source>Insert the prompt</source>
        <translation>Insertar el prompt</translation>
    </message>
</context>
<context>
    <name>VectorStoresViewModel</name>
    <message>
        <source>Loading vector stores…</source>
        <translation>Cargando almacenes de vectores…</translation>
    </message>
    <message>
        <source>Could not list vector stores.</source>
        <translation>No se pudieron listar los almacenes de vectores.</translation>
    </message>
    <message>
        <source>No vector stores yet: create one.</source>
        <translation>Aún no hay almacenes de vectores: cree uno.</translation>
    </message>
    <message>
        <source>Name the new vector store.</source>
        <translation>Dé un nombre al nuevo almacén de vectores.</translation>
    </message>
    <message>
        <source>Creating “{name}”…</source>
        <translation>Creando «{name}»…</translation>
    </message>
    <message>
        <source>Could not create the vector store.</source>
        <translation>No se pudo crear el almacén de vectores.</translation>
    </message>
    <message>
        <source>Created {label}.</source>
        <translation>{label} creado.</translation>
    </message>
    <message>
        <source>New vector store</source>
        <translation>Nuevo almacén de vectores</translation>
    </message>
    <message>
        <source>Name of the new vector store:</source>
        <translation>Nombre del nuevo almacén de vectores:</translation>
    </message>
    <message>
        <source>Add files to the vector store</source>
        <translation>Añadir archivos al almacén de vectores</translation>
    </message>
    <message>
        <source>Choose or create a vector store first.</source>
        <translation>Elija o cree primero un almacén de vectores.</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n file(s)…</source>
        <translation>
            <numerusform>Subiendo %n archivo…</numerusform>
            <numerusform>Subiendo %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add the files.</source>
        <translation>No se pudieron añadir los archivos.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n file(s) to {store}.</source>
        <translation>
            <numerusform>Se añadió %n archivo a {store}.</numerusform>
            <numerusform>Se añadieron %n archivos a {store}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewModel</name>
    <message>
        <source>{failure} Unexpected error: {error}</source>
        <translation>{failure} Error inesperado: {error}</translation>
    </message>
</context>
<context>
    <name>_Ago</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_BadgeWords</name>
    <message numerus="yes">
        <source>%n function(s)</source>
        <translation>
            <numerusform>%n función</numerusform>
            <numerusform>%n funciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_CompareWords</name>
    <message numerus="yes">
        <source>Keep all: each of the %n thread(s) is listed with its prompt and reply. Discard: they are deleted here and on the server.</source>
        <translation>
            <numerusform>Conservar todas: la conversación aparece en la lista con su prompt y su respuesta. Descartar: se elimina aquí y en el servidor.</numerusform>
            <numerusform>Conservar todas: cada una de las %n conversaciones aparece en la lista con su prompt y su respuesta. Descartar: se eliminan aquí y en el servidor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_LeftOutWords</name>
    <message numerus="yes">
        <source>%n tool call(s)</source>
        <translation>
            <numerusform>%n llamada a herramienta</numerusform>
            <numerusform>%n llamadas a herramientas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) made by a tool</source>
        <translation>
            <numerusform>%n imagen creada por una herramienta</numerusform>
            <numerusform>%n imágenes creadas por una herramienta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n archivo adjunto</numerusform>
            <numerusform>%n archivos adjuntos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views.assistants.field</name>
    <message>
        <source>{field_name} error</source>
        <translation>Error en {field_name}</translation>
    </message>
</context>
</TS>
