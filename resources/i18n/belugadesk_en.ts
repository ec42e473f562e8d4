<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AssistantFormDialog</name>
    <message numerus="yes">
        <source>%n model(s) available; any other name can be typed.</source>
        <translation>
            <numerusform>%n model available; any other name can be typed.</numerusform>
            <numerusform>%n models available; any other name can be typed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssistantListModel</name>
    <message numerus="yes">
        <source>%n function(s)</source>
        <translation>
            <numerusform>%n function</numerusform>
            <numerusform>%n functions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssistantListViewModel</name>
    <message numerus="yes">
        <source>Imported %n assistant(s) from the server.</source>
        <translation>
            <numerusform>Imported %n assistant from the server.</numerusform>
            <numerusform>Imported %n assistants from the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s) use it; they keep their messages.</source>
        <translation>
            <numerusform>%n thread uses it; the thread keeps its messages.</numerusform>
            <numerusform>%n threads use it; they keep their messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BranchLinksViewModel</name>
    <message numerus="yes">
        <source>Branches (%n):</source>
        <translation>
            <numerusform>Branch (%n):</numerusform>
            <numerusform>Branches (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FolderListModel</name>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <extracomment>thread ids dropped on the row of ``key`` (a folder id or NO_FOLDER) a folder (id) dropped on a sibling folder (id): it takes that one&apos;s place</extracomment>
        <translation>
            <numerusform>%n thread</numerusform>
            <numerusform>%n threads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FoldersViewModel</name>
    <message numerus="yes">
        <source>%n thread(s) in it move to “No folder”; no thread is deleted.</source>
        <translation>
            <numerusform>The %n thread in it moves to “No folder”; no thread is deleted.</numerusform>
            <numerusform>The %n threads in it move to “No folder”; no thread is deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted the folder “{name}”; %n thread(s) moved to “No folder”.</source>
        <translation>
            <numerusform>Deleted the folder “{name}”; %n thread moved to “No folder”.</numerusform>
            <numerusform>Deleted the folder “{name}”; %n threads moved to “No folder”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n thread(s) to “{folder}”.</source>
        <translation>
            <numerusform>Moved %n thread to “{folder}”.</numerusform>
            <numerusform>Moved %n threads to “{folder}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>McpServersViewModel</name>
    <message numerus="yes">
        <source>%n tool(s): {names}</source>
        <translation>
            <numerusform>%n tool: {names}</numerusform>
            <numerusform>%n tools: {names}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileFormViewModel</name>
    <message numerus="yes">
        <source>Connected: %n model(s) available ({models}).</source>
        <translation>
            <numerusform>Connected: %n model available ({models}).</numerusform>
            <numerusform>Connected: %n models available ({models}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptLibraryViewModel</name>
    <message numerus="yes">
        <source>Exported %n prompt(s) to {path}</source>
        <translation>
            <numerusform>Exported %n prompt to {path}</numerusform>
            <numerusform>Exported %n prompts to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n prompt(s)</source>
        <translation>
            <numerusform>Added %n prompt</numerusform>
            <numerusform>Added %n prompts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n already in the library</source>
        <translation>
            <numerusform>skipped %n already in the library</numerusform>
            <numerusform>skipped %n already in the library</numerusform>
        </translation>
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
</context>
<context>
    <name>ThreadListModel</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VectorStoresViewModel</name>
    <message numerus="yes">
        <source>Uploading %n file(s)…</source>
        <translation>
            <numerusform>Uploading %n file…</numerusform>
            <numerusform>Uploading %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n file(s) to {store}.</source>
        <translation>
            <numerusform>Added %n file to {store}.</numerusform>
            <numerusform>Added %n files to {store}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Ago</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_BadgeWords</name>
    <message numerus="yes">
        <source>%n function(s)</source>
        <translation>
            <numerusform>%n function</numerusform>
            <numerusform>%n functions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_CompareWords</name>
    <message numerus="yes">
        <source>Keep all: each of the %n thread(s) is listed with its prompt and reply. Discard: they are deleted here and on the server.</source>
        <translation>
            <numerusform>Keep all: the thread is listed with its prompt and reply. Discard: it is deleted here and on the server.</numerusform>
            <numerusform>Keep all: each of the %n threads is listed with its prompt and reply. Discard: they are deleted here and on the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_LeftOutWords</name>
    <message numerus="yes">
        <source>%n tool call(s)</source>
        <translation>
            <numerusform>%n tool call</numerusform>
            <numerusform>%n tool calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) made by a tool</source>
        <translation>
            <numerusform>%n image made by a tool</numerusform>
            <numerusform>%n images made by a tool</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n attached file</numerusform>
            <numerusform>%n attached files</numerusform>
        </translation>
    </message>
</context>
</TS>
