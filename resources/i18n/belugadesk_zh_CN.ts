<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app_name}</source>
        <translation>关于 {app_name}</translation>
    </message>
    <message>
        <source>{app_name} icon</source>
        <translation>{app_name} 图标</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{app_name}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{app_name}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>应用名称</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>应用版本</translation>
    </message>
    <message>
        <source>Conversations with AI assistants, on your desktop.</source>
        <translation>在桌面上与 AI 助手对话。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{homepage}&quot;&gt;{homepage}&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;{homepage}&quot;&gt;{homepage}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>主页</translation>
    </message>
    <message>
        <source>Open the project&apos;s homepage in your web browser</source>
        <translation>在网页浏览器中打开项目主页</translation>
    </message>
    <message>
        <source>Released under the {license_name} licence.</source>
        <translation>以 {license_name} 许可证发布。</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Component versions</source>
        <translation>组件版本</translation>
    </message>
    <message>
        <source>The versions of BelugaDesk and the software it uses</source>
        <translation>BelugaDesk 及其所用软件的版本</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>复制版本信息(&amp;C)</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>复制版本信息</translation>
    </message>
    <message>
        <source>Copy the versions to the clipboard, to paste into a bug report</source>
        <translation>将版本信息复制到剪贴板，以便粘贴到错误报告中</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>复制状态</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>青色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Graphite</source>
        <translation>石墨色</translation>
    </message>
    <message>
        <source>Colour scheme: {scheme}</source>
        <translation>配色方案：{scheme}</translation>
    </message>
    <message>
        <source>Accent colour: {colour}</source>
        <translation>强调色：{colour}</translation>
    </message>
    <message>
        <source>{colour} accent</source>
        <translation>{colour}强调色</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>字号</translation>
    </message>
    <message>
        <source>The size of text in the whole window, in points</source>
        <translation>整个窗口中文字的大小，单位为磅</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of the window&apos;s text; it changes when BelugaDesk starts again</source>
        <translation>窗口文字的语言；下次启动 BelugaDesk 时生效</translation>
    </message>
    <message>
        <source>Takes effect after a restart.</source>
        <translation>重新启动后生效。</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>配色方案</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>强调色</translation>
    </message>
    <message>
        <source>&amp;Font size</source>
        <translation>字号(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The network client could not be loaded.</source>
        <extracomment>asks what to do with a database that cannot be used (tests may replace it)</extracomment>
        <translation>无法加载网络客户端。</translation>
    </message>
    <message>
        <source>The keyring could not be opened.</source>
        <translation>无法打开钥匙串。</translation>
    </message>
    <message>
        <source>The message renderer could not be loaded.</source>
        <translation>无法加载消息渲染器。</translation>
    </message>
    <message>
        <source>The backup chosen in Settings → Data was not restored. {reason}</source>
        <translation>在“设置 → 数据”中选择的备份未恢复。{reason}</translation>
    </message>
    <message>
        <source>The daily backup was not made.</source>
        <translation>未能创建每日备份。</translation>
    </message>
</context>
<context>
    <name>AssistantDelegate</name>
    <message>
        <source>Code interpreter</source>
        <translation>代码解释器</translation>
    </message>
    <message>
        <source>File search</source>
        <translation>文件搜索</translation>
    </message>
</context>
<context>
    <name>AssistantDialogs</name>
    <message>
        <source>BelugaDesk assistant (*.json);;All files (*)</source>
        <translation>BelugaDesk 助手 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Delete assistant?</source>
        <translation>删除助手？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete assistant</source>
        <translation>删除助手</translation>
    </message>
    <message>
        <source>Export assistant</source>
        <translation>导出助手</translation>
    </message>
    <message>
        <source>Import assistant</source>
        <translation>导入助手</translation>
    </message>
</context>
<context>
    <name>AssistantFormDialog</name>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>JSON 对象</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>JSON 架构</translation>
    </message>
    <message>
        <source>&amp;Advanced: sampling, reasoning, response format, metadata</source>
        <translation>高级(&amp;A)：采样、推理、响应格式、元数据</translation>
    </message>
    <message>
        <source>Temperature, Top P, stop sequences, seed and reasoning effort, a JSON response format, and metadata key–value pairs</source>
        <translation>温度、Top P、停止序列、种子和推理强度，JSON 响应格式，以及元数据键值对</translation>
    </message>
    <message>
        <source>Save assistant</source>
        <translation>保存助手</translation>
    </message>
    <message>
        <source>Save the assistant (Ctrl+S)</source>
        <translation>保存助手（Ctrl+S）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Form status</source>
        <translation>表单状态</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Required, up to {name_max} characters</source>
        <translation>必填，最多 {name_max} 个字符</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Optional, up to {description_max} characters</source>
        <translation>可选，最多 {description_max} 个字符</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>描述(&amp;D)</translation>
    </message>
    <message>
        <source>Conversation starters</source>
        <translation>对话开场白</translation>
    </message>
    <message>
        <source>Optional: up to {starters_max} suggested first messages, one per line, shown in an empty chat</source>
        <translation>可选：最多 {starters_max} 条建议的首条消息，每行一条，显示在空聊天中</translation>
    </message>
    <message>
        <source>One suggested first message per line</source>
        <translation>每行一条建议的首条消息</translation>
    </message>
    <message>
        <source>Con&amp;versation starters</source>
        <translation>对话开场白(&amp;V)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Choose a model from the server&apos;s list, or type any model name</source>
        <translation>从服务器列表中选择模型，或输入任意模型名称</translation>
    </message>
    <message>
        <source>Model list status</source>
        <translation>模型列表状态</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>指令</translation>
    </message>
    <message>
        <source>The system instructions the assistant follows (up to 256,000 characters)</source>
        <translation>助手遵循的系统指令（最多 256,000 个字符）</translation>
    </message>
    <message>
        <source>&amp;Instructions</source>
        <translation>指令(&amp;I)</translation>
    </message>
    <message>
        <source>Monospace</source>
        <translation>等宽</translation>
    </message>
    <message>
        <source>Show instructions in a monospace font</source>
        <translation>以等宽字体显示指令</translation>
    </message>
    <message>
        <source>Show the instructions in a fixed-width font</source>
        <translation>以固定宽度字体显示指令</translation>
    </message>
    <message>
        <source>Instructions character count</source>
        <translation>指令字符数</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>采样</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>0–2: higher is more varied, lower more focused</source>
        <translation>0–2：越高越多样，越低越集中</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>温度(&amp;T)</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>0–1: sample only from the most likely tokens</source>
        <translation>0–1：只从可能性最高的词元中采样</translation>
    </message>
    <message>
        <source>Top &amp;P</source>
        <translation>Top P(&amp;P)</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>停止序列</translation>
    </message>
    <message>
        <source>Up to 4 texts that end the reply, one a line (write \n for a new line, \t for a tab)</source>
        <translation>最多 4 段结束回复的文本，每行一段（用 \n 表示换行，\t 表示制表符）</translation>
    </message>
    <message>
        <source>One a line, e.g. \n\nUser:</source>
        <translation>每行一个，例如 \n\nUser:</translation>
    </message>
    <message>
        <source>Stop se&amp;quences</source>
        <translation>停止序列(&amp;Q)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>A whole number: the same seed and request give the same reply where it can</source>
        <translation>整数：相同的种子和请求会尽可能得到相同的回复</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>种子(&amp;E)</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>模型默认值</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>推理强度</translation>
    </message>
    <message>
        <source>How much a reasoning model (o-series, gpt-5) thinks before it answers; other models refuse it</source>
        <translation>推理模型（o 系列、gpt-5）在回答前思考的程度；其他模型不支持</translation>
    </message>
    <message>
        <source>&amp;Reasoning effort</source>
        <translation>推理强度(&amp;R)</translation>
    </message>
    <message>
        <source>Response format</source>
        <translation>响应格式</translation>
    </message>
    <message>
        <source>Plain text, any JSON object, or JSON that matches a schema</source>
        <translation>纯文本、任意 JSON 对象，或符合架构的 JSON</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>格式(&amp;F)</translation>
    </message>
    <message>
        <source>Schema name</source>
        <translation>架构名称</translation>
    </message>
    <message>
        <source>1–64 letters, digits, underscores or hyphens</source>
        <translation>1–64 个字母、数字、下划线或连字符</translation>
    </message>
    <message>
        <source>Strict (the reply always matches the schema)</source>
        <translation>严格（回复始终符合架构）</translation>
    </message>
    <message>
        <source>Schema strict mode</source>
        <translation>架构严格模式</translation>
    </message>
    <message>
        <source>Strict mode needs every property required and additionalProperties false</source>
        <translation>严格模式要求每个属性都是必需的，且 additionalProperties 为 false</translation>
    </message>
    <message>
        <source>Response schema</source>
        <translation>响应架构</translation>
    </message>
    <message>
        <source>Sc&amp;hema</source>
        <translation>架构(&amp;H)</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Code interpreter</source>
        <translation>代码解释器</translation>
    </message>
    <message>
        <source>Let the assistant write and run Python code</source>
        <translation>让助手编写并运行 Python 代码</translation>
    </message>
    <message>
        <source>F&amp;unctions the assistant may call</source>
        <translation>助手可调用的函数(&amp;U)</translation>
    </message>
    <message>
        <source>Why {key} is unavailable</source>
        <translation>{key} 不可用的原因</translation>
    </message>
    <message>
        <source>Loading models…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) available; any other name can be typed.</source>
        <translation>
            <numerusform>%n 个模型可用；也可以输入其他任何名称。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>To save: {first_error}</source>
        <translation>要保存：{first_error}</translation>
    </message>
</context>
<context>
    <name>AssistantFormViewModel</name>
    <message>
        <source>New assistant</source>
        <translation>新建助手</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>编辑“{name}”</translation>
    </message>
    <message>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} 个字符</translation>
    </message>
    <message>
        <source>The schema is valid.</source>
        <translation>架构有效。</translation>
    </message>
    <message>
        <source>Could not load the model list: {error} You can still type a model name.</source>
        <translation>无法加载模型列表：{error} 你仍可以输入模型名称。</translation>
    </message>
    <message>
        <source>Could not save the assistant.</source>
        <translation>无法保存助手。</translation>
    </message>
    <message>
        <source>Saved on this computer, but the assistant could not be created on the server: {error}</source>
        <translation>已保存在这台电脑上，但无法在服务器上创建助手：{error}</translation>
    </message>
    <message>
        <source>Saved on this computer, but the assistant could not be updated on the server: {error}</source>
        <translation>已保存在这台电脑上，但无法在服务器上更新助手：{error}</translation>
    </message>
</context>
<context>
    <name>AssistantListModel</name>
    <message>
        <source>code interpreter</source>
        <translation>代码解释器</translation>
    </message>
    <message>
        <source>file search</source>
        <translation>文件搜索</translation>
    </message>
    <message numerus="yes">
        <source>%n function(s)</source>
        <translation>
            <numerusform>%n 个函数</numerusform>
        </translation>
    </message>
    <message>
        <source>no tools</source>
        <translation>无工具</translation>
    </message>
    <message>
        <source>Tools: {tools}</source>
        <translation>工具：{tools}</translation>
    </message>
</context>
<context>
    <name>AssistantListPane</name>
    <message>
        <source>&amp;Assistants</source>
        <translation>助手(&amp;A)</translation>
    </message>
    <message>
        <source>Search assistants</source>
        <translation>搜索助手</translation>
    </message>
    <message>
        <source>Filter by name, description or model</source>
        <translation>按名称、描述或模型筛选</translation>
    </message>
    <message>
        <source>Sort assistants by</source>
        <translation>助手排序方式</translation>
    </message>
    <message>
        <source>Sort by name or by when the assistant was last used</source>
        <translation>按名称或助手的上次使用时间排序</translation>
    </message>
    <message>
        <source>Assistants</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Assistant library status</source>
        <translation>助手库状态</translation>
    </message>
    <message>
        <source>&amp;New assistant…</source>
        <translation>新建助手(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an assistant</source>
        <translation>创建助手</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected assistant</source>
        <translation>编辑所选助手</translation>
    </message>
    <message>
        <source>New &amp;thread with this assistant</source>
        <translation>用此助手新建会话(&amp;T)</translation>
    </message>
    <message>
        <source>Start a new thread with it</source>
        <translation>用它开始新会话</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制副本(&amp;U)</translation>
    </message>
    <message>
        <source>Copy it</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the assistant</source>
        <translation>删除该助手</translation>
    </message>
    <message>
        <source>E&amp;xport as JSON…</source>
        <translation>导出为 JSON(&amp;X)…</translation>
    </message>
    <message>
        <source>Save it as a JSON file</source>
        <translation>保存为 JSON 文件</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>从 JSON 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Add one from a file</source>
        <translation>从文件添加</translation>
    </message>
    <message>
        <source>Import from &amp;server…</source>
        <translation>从服务器导入(&amp;S)…</translation>
    </message>
    <message>
        <source>Import assistants defined on the server</source>
        <translation>导入服务器上定义的助手</translation>
    </message>
</context>
<context>
    <name>AssistantListViewModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>The assistant&apos;s last use could not be saved.</source>
        <translation>无法保存助手的上次使用时间。</translation>
    </message>
    <message>
        <source>Saved “{name}” (version {version}).</source>
        <translation>已保存“{name}”（版本 {version}）。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n assistant(s) from the server.</source>
        <translation>
            <numerusform>已从服务器导入 %n 个助手。</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” was not deleted.</source>
        <translation>“{name}”未删除。</translation>
    </message>
    <message>
        <source>Created “{name}”.</source>
        <translation>已创建“{name}”。</translation>
    </message>
    <message>
        <source>No thread uses it.</source>
        <translation>没有会话使用它。</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s) use it; they keep their messages.</source>
        <translation>
            <numerusform>%n 个会话正在使用它；这些会话会保留其消息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the assistant “{name}”?</source>
        <translation>删除助手“{name}”？</translation>
    </message>
    <message>
        <source>the assistant</source>
        <translation>该助手</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>已删除“{name}”。</translation>
    </message>
    <message>
        <source>Exported “{name}” to {file}.</source>
        <translation>已将“{name}”导出到 {file}。</translation>
    </message>
    <message>
        <source>{name} cannot be imported: {key}: {message}</source>
        <translation>无法导入 {name}：{key}：{message}</translation>
    </message>
    <message>
        <source>Imported “{name}”.</source>
        <translation>已导入“{name}”。</translation>
    </message>
</context>
<context>
    <name>AssistantPicker</name>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>The assistant of new chats</source>
        <translation>新聊天的助手</translation>
    </message>
    <message>
        <source>Assistant &amp;library</source>
        <translation>助手库(&amp;L)</translation>
    </message>
    <message>
        <source>Show every assistant with search, sorting and tool badges</source>
        <translation>显示所有助手，带搜索、排序和工具标记</translation>
    </message>
    <message>
        <source>Assistant actions</source>
        <translation>助手操作</translation>
    </message>
    <message>
        <source>New, edit, duplicate, delete, export and import assistants</source>
        <translation>新建、编辑、复制、删除、导出和导入助手</translation>
    </message>
</context>
<context>
    <name>AssistantValidation</name>
    <message>
        <source>At most {limit} stop sequences are allowed (one a line); there are {count}.</source>
        <extracomment>turns a marked English sentence into the person&apos;s language (the view-model passes Qt&apos;s; English here)</extracomment>
        <translation>最多允许 {limit} 个停止序列（每行一个）；当前有 {count} 个。</translation>
    </message>
    <message>
        <source>The seed must be a whole number (64-bit), or empty for none.</source>
        <translation>种子必须是整数（64 位），或留空表示不使用。</translation>
    </message>
    <message>
        <source>At most {limit} conversation starters are shown; there are {count}.</source>
        <translation>最多显示 {limit} 条对话开场白；当前有 {count} 条。</translation>
    </message>
    <message>
        <source>Starter {number} is longer than {limit} characters; keep each to one short request.</source>
        <translation>开场白 {number} 超过 {limit} 个字符；每条请保持为一个简短的请求。</translation>
    </message>
    <message>
        <source>{label} must be between {low} and {high} (or unset to use the model&apos;s default).</source>
        <translation>{label}必须介于 {low} 和 {high} 之间（或不设置以使用模型默认值）。</translation>
    </message>
    <message>
        <source>{label} is {length} characters long; the limit is {limit}.</source>
        <translation>{label}长 {length} 个字符；上限为 {limit}。</translation>
    </message>
    <message>
        <source>At most {limit} metadata pairs are allowed (BelugaDesk keeps two for itself on this profile); there are {count}.</source>
        <translation>最多允许 {limit} 个元数据项（此配置文件中 BelugaDesk 自留两个）；当前有 {count} 个。</translation>
    </message>
    <message>
        <source>At most {limit} metadata pairs are allowed; there are {count}.</source>
        <translation>最多允许 {limit} 个元数据项；当前有 {count} 个。</translation>
    </message>
    <message>
        <source>Row {row}: enter a key (or remove the row).</source>
        <translation>第 {row} 行：请输入键（或移除该行）。</translation>
    </message>
    <message>
        <source>Row {row}: the key “{key}” is reserved for BelugaDesk.</source>
        <translation>第 {row} 行：键“{key}”为 BelugaDesk 保留。</translation>
    </message>
    <message>
        <source>Row {row}: the key is {length} characters; the limit is {limit}.</source>
        <translation>第 {row} 行：键有 {length} 个字符；上限为 {limit}。</translation>
    </message>
    <message>
        <source>Row {row}: the value is {length} characters; the limit is {limit}.</source>
        <translation>第 {row} 行：值有 {length} 个字符；上限为 {limit}。</translation>
    </message>
    <message>
        <source>Row {row}: the key “{key}” is used twice.</source>
        <translation>第 {row} 行：键“{key}”重复使用。</translation>
    </message>
    <message>
        <source>Use 1–64 letters, digits, underscores or hyphens.</source>
        <translation>请使用 1–64 个字母、数字、下划线或连字符。</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>Another function is already called “{name}”.</source>
        <translation>已有另一个名为“{name}”的函数。</translation>
    </message>
    <message>
        <source>Fix function {which}.</source>
        <translation>请修正函数 {which}。</translation>
    </message>
    <message>
        <source>Fix functions {which}.</source>
        <translation>请修正函数 {which}。</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>The instructions</source>
        <translation>指令</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>Choose or type a model.</source>
        <translation>请选择或输入一个模型。</translation>
    </message>
    <message>
        <source>Name the schema with 1–64 letters, digits, underscores or hyphens.</source>
        <translation>请用 1–64 个字母、数字、下划线或连字符为架构命名。</translation>
    </message>
</context>
<context>
    <name>AsyncKeys</name>
    <message>
        <source>From the OPENAI_API_KEY environment variable</source>
        <translation>来自 OPENAI_API_KEY 环境变量</translation>
    </message>
    <message>
        <source>Kept for this session only (not saved)</source>
        <translation>仅在本次会话中保留（未保存）</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Stored in {keyring}</source>
        <translation>存储在 {keyring} 中</translation>
    </message>
</context>
<context>
    <name>AttachmentListModel</name>
    <message>
        <source>image</source>
        <translation>图片</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <source>Upload state of {name}</source>
        <translation>{name} 的上传状态</translation>
    </message>
    <message>
        <source>Uploading {name}</source>
        <translation>正在上传 {name}</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>正在上传…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>失败：{error}</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Retry uploading {name}</source>
        <translation>重新上传 {name}</translation>
    </message>
    <message>
        <source>Upload this file again</source>
        <translation>重新上传此文件</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>移除 {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the message</source>
        <translation>从消息中移除 {name}</translation>
    </message>
    <message>
        <source>Use {name} with</source>
        <translation>{name} 的用途</translation>
    </message>
    <message>
        <source>An image in the message is seen by the model; file search reads the file to answer; the code interpreter can run code on it</source>
        <translation>消息中的图片由模型查看；文件搜索读取文件来回答；代码解释器可以对其运行代码</translation>
    </message>
</context>
<context>
    <name>AttachmentsBar</name>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
</context>
<context>
    <name>BehaviourPage</name>
    <message>
        <source>Sending messages</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>&amp;Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter 发送，Shift+Enter 换行(&amp;E)</translation>
    </message>
    <message>
        <source>Enter sends</source>
        <translation>Enter 发送</translation>
    </message>
    <message>
        <source>&amp;Ctrl+Enter sends, Enter starts a new line</source>
        <translation>Ctrl+Enter 发送，Enter 换行(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends</source>
        <translation>Ctrl+Enter 发送</translation>
    </message>
</context>
<context>
    <name>BranchBar</name>
    <message>
        <source>Branched from</source>
        <translation>分支自</translation>
    </message>
    <message>
        <source>Branches of this thread</source>
        <translation>此会话的分支</translation>
    </message>
</context>
<context>
    <name>BranchLinksViewModel</name>
    <message>
        <source>Branched from a thread that has been deleted</source>
        <translation>分支自一个已删除的会话</translation>
    </message>
    <message>
        <source>Branched from “{title}”</source>
        <translation>分支自“{title}”</translation>
    </message>
    <message numerus="yes">
        <source>Branches (%n):</source>
        <translation>
            <numerusform>分支（%n）：</numerusform>
        </translation>
    </message>
    <message>
        <source>The branches of this thread could not be read.</source>
        <translation>无法读取此会话的分支。</translation>
    </message>
</context>
<context>
    <name>Branching</name>
    <message>
        <source>{title} (branch)</source>
        <translation>{title}（分支）</translation>
    </message>
    <message>
        <source>The branch shows the whole history, but this API could not copy {items} into the new thread, so the assistant will not see them there.</source>
        <translation>分支会显示完整的历史记录，但此 API 无法将 {items} 复制到新会话中，因此助手在那里看不到它们。</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <source>Add model</source>
        <translation>添加模型</translation>
    </message>
    <message>
        <source>Add a context budget</source>
        <translation>添加上下文预算</translation>
    </message>
    <message>
        <source>Add a row and start typing the model&apos;s name</source>
        <translation>添加一行并开始输入模型名称</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the context budget</source>
        <translation>移除上下文预算</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>移除所选行</translation>
    </message>
</context>
<context>
    <name>ChatActions</name>
    <message>
        <source>That file lives in the code interpreter&apos;s sandbox; right-click the image to save it.</source>
        <translation>该文件位于代码解释器的沙盒中；右键单击图片即可保存。</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>停止回复</translation>
    </message>
    <message>
        <source>Regenerate the last reply</source>
        <translation>重新生成最后一条回复</translation>
    </message>
    <message>
        <source>Ask again for the last reply. On the Responses API the server&apos;s conversation keeps the earlier reply, so the model sees it as context.</source>
        <translation>重新请求最后一条回复。在 Responses API 中，服务器上的对话会保留之前的回复，因此模型会将其视为上下文。</translation>
    </message>
    <message>
        <source>Edit the last message</source>
        <translation>编辑最后一条消息</translation>
    </message>
    <message>
        <source>Copy the last reply</source>
        <translation>复制最后一条回复</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>跳到最新消息</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Branch from here</source>
        <translation>从此处分支</translation>
    </message>
    <message>
        <source>A new thread with the history up to the selected message (the last one if none is selected)</source>
        <translation>包含截至所选消息（未选择时为最后一条）的历史记录的新会话</translation>
    </message>
    <message>
        <source>Cancel the edit</source>
        <translation>取消编辑</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>复制消息</translation>
    </message>
    <message>
        <source>Copy the message as Markdown</source>
        <translation>将消息复制为 Markdown</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>Branch from here: a new thread with the history up to this message</source>
        <translation>从此处分支：包含截至此消息的历史记录的新会话</translation>
    </message>
    <message>
        <source>Empty the message box first: editing puts your last message there.</source>
        <translation>请先清空消息框：编辑会把你的最后一条消息放到那里。</translation>
    </message>
    <message>
        <source>Empty the message box first: editing puts the message there.</source>
        <translation>请先清空消息框：编辑会把该消息放到那里。</translation>
    </message>
    <message>
        <source>Copied the last reply.</source>
        <translation>已复制最后一条回复。</translation>
    </message>
    <message>
        <source>Message menu</source>
        <translation>消息菜单</translation>
    </message>
    <message>
        <source>Copy selection</source>
        <translation>复制所选内容</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>the buttons of a message&apos;s hover bar: each runs what a menu entry or shortcut already does</extracomment>
        <translation>复制</translation>
    </message>
    <message>
        <source>Put your last message back in the box to change it; sending it makes a branch</source>
        <translation>将最后一条消息放回输入框以便修改；发送后会创建一个分支</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>复制为 Markdown</translation>
    </message>
    <message>
        <source>Copy raw text</source>
        <translation>复制原始文本</translation>
    </message>
    <message>
        <source>Select text</source>
        <translation>选择文本</translation>
    </message>
    <message>
        <source>Save image as…</source>
        <translation>图片另存为…</translation>
    </message>
    <message>
        <source>Edit in a branch…</source>
        <translation>在分支中编辑…</translation>
    </message>
    <message>
        <source>Change this message and send it in a new branch; this thread stays</source>
        <translation>修改此消息并在新分支中发送；此会话保持不变</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>ChatAttachments</name>
    <message>
        <source>File search</source>
        <translation>文件搜索</translation>
    </message>
    <message>
        <source>Code interpreter</source>
        <translation>代码解释器</translation>
    </message>
    <message>
        <source>Image in the message</source>
        <translation>消息中的图片</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}.</source>
        <translation>无法读取 {name}：{error}。</translation>
    </message>
    <message>
        <source>{name} is not a file.</source>
        <translation>{name} 不是文件。</translation>
    </message>
    <message>
        <source>{name} is empty; there is nothing to upload.</source>
        <translation>{name} 是空的；没有可上传的内容。</translation>
    </message>
    <message>
        <source>{name} is {size}; files can be at most 512 MB.</source>
        <translation>{name} 大小为 {size}；文件最大为 512 MB。</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>附加图片</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>图片 ({patterns})</translation>
    </message>
    <message>
        <source>Attach pictures (PNG, JPEG, GIF or WebP) to send with the message (Ctrl+Shift+A)</source>
        <translation>附加随消息发送的图片（PNG、JPEG、GIF 或 WebP）（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>Attach images for the model to see, or files for file search or code (Ctrl+Shift+A)</source>
        <translation>附加给模型查看的图片，或用于文件搜索或代码的文件（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>意外错误：{error}</translation>
    </message>
</context>
<context>
    <name>ChatDrafts</name>
    <message>
        <source>The draft could not be saved; its text is still in the box.</source>
        <translation>无法保存草稿；其文本仍在输入框中。</translation>
    </message>
</context>
<context>
    <name>ChatImages</name>
    <message>
        <source>The image could not be downloaded: {error}</source>
        <translation>无法下载图片：{error}</translation>
    </message>
    <message>
        <source>The image has not been downloaded yet.</source>
        <translation>图片尚未下载。</translation>
    </message>
    <message>
        <source>Could not save the image to {path}: {error}.</source>
        <translation>无法将图片保存到 {path}：{error}。</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>↓ Jump to latest</source>
        <translation>↓ 跳到最新</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>跳到最新</translation>
    </message>
    <message>
        <source>Scroll to the newest message and follow the reply (Ctrl+End)</source>
        <translation>滚动到最新消息并跟随回复（Ctrl+End）</translation>
    </message>
    <message>
        <source>Provide tool output…</source>
        <translation>提供工具输出…</translation>
    </message>
    <message>
        <source>Provide tool output</source>
        <translation>提供工具输出</translation>
    </message>
    <message>
        <source>The assistant is waiting for the output of a function call</source>
        <translation>助手正在等待函数调用的输出</translation>
    </message>
    <message>
        <source>Context notice</source>
        <translation>上下文提示</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Send the message in the box again</source>
        <translation>再次发送框中的消息</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误消息</translation>
    </message>
    <message>
        <source>Why sending is not possible</source>
        <translation>无法发送的原因</translation>
    </message>
    <message>
        <source>Drop files or images to attach them to the message</source>
        <translation>拖放文件或图片以附加到消息</translation>
    </message>
    <message>
        <source>Drop files here</source>
        <translation>将文件拖放到此处</translation>
    </message>
    <message>
        <source>Select the text of a message, then copy it</source>
        <translation>选择消息的文本，然后复制</translation>
    </message>
    <message>
        <source>Enter, then Ctrl+C</source>
        <translation>Enter，然后 Ctrl+C</translation>
    </message>
    <message>
        <source>Message menu (copy, copy as Markdown, save image…)</source>
        <translation>消息菜单（复制、复制为 Markdown、保存图片…）</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10</source>
        <translation>菜单键或 Shift+F10</translation>
    </message>
</context>
<context>
    <name>ChatViewModel</name>
    <message>
        <source>The conversation could not be saved.</source>
        <extracomment>what a store write that failed during a send, retry, regenerate or edit says before the store&apos;s sentence</extracomment>
        <translation>无法保存对话。</translation>
    </message>
    <message>
        <source>Choose an assistant to start a conversation.</source>
        <extracomment>where the text typed for a new thread is kept (None: the main composer&apos;s; the quick-ask window keeps its own, so neither overwrites the other) the function tools this chat answers itself (the built-in ones unless given) why the open thread cannot be continued with this profile (&quot;&quot; when it can); set by the resumer the folder a new thread is filed in (the one selected in the sidebar; None: no folder) who approves MCP tool calls (the chat view&apos;s questions); None: calls that need approval are denied per thread id: the (server id, tool name) the person allowed &quot;for this thread&quot; the comparison the threads this chat creates belong to (None: ordinary, listed threads)</extracomment>
        <translation>选择一个助手以开始对话。</translation>
    </message>
    <message>
        <source>A reply is being written. Press Esc to stop it.</source>
        <translation>正在撰写回复。按 Esc 停止。</translation>
    </message>
    <message>
        <source>The draft could not be loaded.</source>
        <translation>无法加载草稿。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Choose an assistant first.</source>
        <translation>请先选择一个助手。</translation>
    </message>
    <message>
        <source>Wait until the files have finished uploading.</source>
        <translation>请等待文件上传完成。</translation>
    </message>
    <message>
        <source>Some files could not be uploaded: remove them or try again.</source>
        <translation>部分文件无法上传：请移除它们或重试。</translation>
    </message>
    <message>
        <source>Nobody could be asked to approve it.</source>
        <translation>无法请求任何人批准。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Editing an earlier message: sending it makes a branch with the new text, and this thread stays as it is.</source>
        <translation>正在编辑较早的消息：发送后会用新文本创建一个分支，此会话保持不变。</translation>
    </message>
    <message>
        <source>Making a branch…</source>
        <translation>正在创建分支…</translation>
    </message>
    <message>
        <source>The branch could not be made.</source>
        <translation>无法创建分支。</translation>
    </message>
    <message>
        <source>The image could not be attached.</source>
        <translation>无法附加图片。</translation>
    </message>
    <message>
        <source>Save image as</source>
        <translation>图片另存为</translation>
    </message>
    <message>
        <source>Images (*.png)</source>
        <translation>图片 (*.png)</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <source>{name}&apos;s reply</source>
        <translation>{name} 的回复</translation>
    </message>
    <message>
        <source>Assistant and model</source>
        <translation>助手和模型</translation>
    </message>
    <message>
        <source>{name}&apos;s messages</source>
        <translation>{name} 的消息</translation>
    </message>
    <message>
        <source>Reply status</source>
        <translation>回复状态</translation>
    </message>
    <message>
        <source>Usage and cost</source>
        <translation>用量和费用</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop {name}&apos;s reply</source>
        <translation>停止 {name} 的回复</translation>
    </message>
    <message>
        <source>Stop this reply only; the others go on (Esc)</source>
        <translation>只停止这条回复；其他回复继续（Esc）</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>重新提问</translation>
    </message>
    <message>
        <source>Ask {name} again</source>
        <translation>重新向 {name} 提问</translation>
    </message>
    <message>
        <source>Retry a reply that did not complete, or regenerate this one</source>
        <translation>重试未完成的回复，或重新生成这条回复</translation>
    </message>
    <message>
        <source>Continue with this one</source>
        <translation>继续使用这个</translation>
    </message>
    <message>
        <source>Continue with {name}</source>
        <translation>继续使用 {name}</translation>
    </message>
    <message>
        <source>Keep this thread and open it in the main window; the other replies are deleted</source>
        <translation>保留此会话并在主窗口中打开；其他回复将被删除</translation>
    </message>
    <message>
        <source>Stop this reply</source>
        <translation>停止这条回复</translation>
    </message>
</context>
<context>
    <name>CompareDialogs</name>
    <message>
        <source>Close the comparison?</source>
        <translation>关闭比较？</translation>
    </message>
    <message>
        <source>You have not chosen which reply to continue with.</source>
        <translation>你还没有选择要继续使用哪条回复。</translation>
    </message>
    <message>
        <source>Keep all</source>
        <translation>全部保留</translation>
    </message>
    <message>
        <source>Keep all threads</source>
        <translation>保留所有会话</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Discard all threads</source>
        <translation>丢弃所有会话</translation>
    </message>
</context>
<context>
    <name>CompareViewModel</name>
    <message>
        <source>This comparison has been sent; start a new one to compare other assistants.</source>
        <translation>此比较已发送；如需比较其他助手，请开始新的比较。</translation>
    </message>
    <message>
        <source>Choose two to four different assistants.</source>
        <translation>请选择二到四个不同的助手。</translation>
    </message>
    <message>
        <source>Choose two to four assistants to compare.</source>
        <translation>请选择二到四个要比较的助手。</translation>
    </message>
    <message>
        <source>Each column continues on its own; keep one to go on with it.</source>
        <translation>每一列各自继续；保留其中一个即可接着使用它。</translation>
    </message>
    <message>
        <source>The comparison could not be settled.</source>
        <translation>无法完成此比较。</translation>
    </message>
    <message>
        <source>Wait for this reply to finish, or stop it, before continuing with it.</source>
        <translation>请等待这条回复完成或将其停止，然后再继续使用它。</translation>
    </message>
    <message>
        <source>This assistant has no reply to continue with; ask it again first.</source>
        <translation>此助手没有可继续使用的回复；请先重新提问。</translation>
    </message>
    <message>
        <source>{name}&apos;s thread was kept: the server could not delete it ({problem}).</source>
        <translation>{name} 的会话已保留：服务器无法删除它（{problem}）。</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare assistants</source>
        <translation>比较助手</translation>
    </message>
    <message>
        <source>Assistants to compare (two to four):</source>
        <translation>要比较的助手（二到四个）：</translation>
    </message>
    <message>
        <source>Assistants to compare</source>
        <translation>要比较的助手</translation>
    </message>
    <message>
        <source>Check two to four assistants (Space checks the one in focus)</source>
        <translation>勾选二到四个助手（按空格键勾选当前焦点项）</translation>
    </message>
    <message>
        <source>Prompt for every assistant</source>
        <translation>发给每个助手的提示词</translation>
    </message>
    <message>
        <source>One prompt, sent to every assistant chosen</source>
        <translation>一条提示词，发送给所选的每个助手</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Send to every assistant</source>
        <translation>发送给每个助手</translation>
    </message>
    <message>
        <source>Why the comparison cannot be sent</source>
        <translation>无法发送比较的原因</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Replies side by side</source>
        <translation>并排显示的回复</translation>
    </message>
    <message>
        <source>Go to reply {number}</source>
        <translation>转到回复 {number}</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>关闭比较</translation>
    </message>
    <message>
        <source>At most four assistants can be compared at once.</source>
        <translation>一次最多只能比较四个助手。</translation>
    </message>
    <message>
        <source>Choose at least two assistants.</source>
        <translation>请至少选择两个助手。</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Composer</source>
        <translation>输入区</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Attach files for file search or the code interpreter (Ctrl+Shift+A)</source>
        <translation>附加用于文件搜索或代码解释器的文件（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>Compare assistants</source>
        <translation>比较助手</translation>
    </message>
    <message>
        <source>Send one prompt to two to four assistants side by side (Ctrl+Shift+K)</source>
        <translation>将一条提示词发送给二到四个助手并排比较（Ctrl+Shift+K）</translation>
    </message>
    <message>
        <source>Send the message ({keys})</source>
        <translation>发送消息（{keys}）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop reply</source>
        <translation>停止回复</translation>
    </message>
    <message>
        <source>Stop the reply being written (Esc)</source>
        <translation>停止正在撰写的回复（Esc）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>发送消息</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>BelugaDesk backs up its database once a day. A backup holds your threads, their messages kept here and your assistants; API keys are never in it.</source>
        <translation>BelugaDesk 每天备份一次数据库。备份包含你的会话、保存在本地的会话消息以及你的助手；API 密钥绝不会包含在内。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>立即创建备份</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore the selected backup, or choose a file</source>
        <translation>恢复所选备份，或选择一个文件</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Show the backups folder in the file manager</source>
        <translation>在文件管理器中显示备份文件夹</translation>
    </message>
    <message>
        <source>&amp;Cancel restore</source>
        <translation>取消恢复(&amp;C)</translation>
    </message>
    <message>
        <source>Do not restore a backup at the next start</source>
        <translation>下次启动时不恢复备份</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Keep daily backups for</source>
        <translation>每日备份保留</translation>
    </message>
    <message>
        <source>&amp;Keep daily backups for</source>
        <translation>每日备份保留(&amp;K)</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>备份状态</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <source>{name} will be restored at the next start.</source>
        <translation>{name} 将在下次启动时恢复。</translation>
    </message>
</context>
<context>
    <name>DataQuestions</name>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3)</source>
        <translation>备份 (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restore {name}?</source>
        <translation>恢复 {name}？</translation>
    </message>
    <message>
        <source>BelugaDesk restores it when it starts again (quit and start it). The data as it is then is backed up first, and the current database file is kept beside it, renamed.</source>
        <translation>BelugaDesk 会在再次启动时恢复它（请退出后重新启动）。届时的数据会先被备份，当前的数据库文件会重命名后保存在它旁边。</translation>
    </message>
    <message>
        <source>&amp;Restore at next start</source>
        <translation>下次启动时恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Restore at next start</source>
        <translation>下次启动时恢复</translation>
    </message>
</context>
<context>
    <name>DataViewModel</name>
    <message>
        <source>No backup was made.</source>
        <translation>未创建备份。</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>已备份到 {path}。</translation>
    </message>
    <message>
        <source>The backup will not be restored.</source>
        <translation>将不会恢复该备份。</translation>
    </message>
    <message>
        <source>{name} will be restored when BelugaDesk starts again: quit and start it. The data as it is then is backed up first and kept beside it.</source>
        <translation>{name} 将在 BelugaDesk 再次启动时恢复：请退出后重新启动。届时的数据会先被备份，并保存在它旁边。</translation>
    </message>
    <message>
        <source>No backup will be restored.</source>
        <translation>不会恢复任何备份。</translation>
    </message>
    <message>
        <source>The setting was not saved.</source>
        <translation>设置未保存。</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>{app_name}: the local database cannot be used</source>
        <translation>{app_name}：无法使用本地数据库</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>数据库问题</translation>
    </message>
    <message>
        <source>The database was written by a newer version</source>
        <translation>数据库由更新的版本写入</translation>
    </message>
    <message>
        <source>The database cannot be read</source>
        <translation>无法读取数据库</translation>
    </message>
    <message>
        <source>&lt;b&gt;{heading}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{heading}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Start a fresh database</source>
        <translation>使用新数据库</translation>
    </message>
    <message>
        <source>Move the old file aside and start with an empty database</source>
        <translation>将旧文件移到一旁，使用空数据库重新开始</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Close {app_name} and leave the file as it is</source>
        <translation>关闭 {app_name} 并保持文件不变</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>The file was kept untouched: nothing in it was changed or deleted.</source>
        <translation>文件保持原样：其中没有任何内容被更改或删除。</translation>
    </message>
    <message>
        <source>“Start a fresh database” moves the file aside (renamed beside it, so it can still be recovered) and starts with an empty database. “Quit” leaves everything as it is.</source>
        <translation>“使用新数据库”会将文件移到一旁（在原位置重命名，以便仍可恢复），并以空数据库开始。“退出”则保持一切不变。</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Empty chat</source>
        <translation>空聊天</translation>
    </message>
    <message>
        <source>Assistant name</source>
        <translation>助手名称</translation>
    </message>
    <message>
        <source>Assistant description</source>
        <translation>助手描述</translation>
    </message>
    <message>
        <source>No assistant yet</source>
        <translation>还没有助手</translation>
    </message>
    <message>
        <source>Create an assistant (Ctrl+Shift+N) or choose one in the sidebar to start.</source>
        <translation>创建一个助手（Ctrl+Shift+N）或在侧边栏中选择一个以开始。</translation>
    </message>
    <message>
        <source>Ask {name} anything.</source>
        <translation>向 {name} 提问吧。</translation>
    </message>
</context>
<context>
    <name>FileSearchEditor</name>
    <message>
        <source>File search</source>
        <translation>文件搜索</translation>
    </message>
    <message>
        <source>Vector store</source>
        <translation>向量存储</translation>
    </message>
    <message>
        <source>None: only files attached in the chat</source>
        <translation>无：仅聊天中附加的文件</translation>
    </message>
    <message>
        <source>Let the assistant search the files attached in the chat, and a vector store if you choose one</source>
        <translation>让助手搜索聊天中附加的文件，如果选择了向量存储，也搜索它</translation>
    </message>
    <message>
        <source>A vector store searched in every chat; without one, file search looks in the chat&apos;s attachments</source>
        <translation>在每次聊天中都会搜索的向量存储；没有它时，文件搜索只查找聊天的附件</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Refresh vector stores</source>
        <translation>刷新向量存储</translation>
    </message>
    <message>
        <source>Load the vector stores of this profile&apos;s account</source>
        <translation>加载此配置文件账户的向量存储</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Create vector store</source>
        <translation>创建向量存储</translation>
    </message>
    <message>
        <source>Create a new vector store on the server</source>
        <translation>在服务器上创建新的向量存储</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add files to vector store</source>
        <translation>向向量存储添加文件</translation>
    </message>
    <message>
        <source>Upload files into the chosen vector store</source>
        <translation>将文件上传到所选向量存储</translation>
    </message>
    <message>
        <source>Vector store status</source>
        <translation>向量存储状态</translation>
    </message>
    <message>
        <source>Vector store error</source>
        <translation>向量存储错误</translation>
    </message>
</context>
<context>
    <name>FolderListModel</name>
    <message>
        <source>All chats</source>
        <extracomment>the MIME type of a folder dragged within the Folders section: its id (UTF-8)</extracomment>
        <translation>所有聊天</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>无文件夹</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <extracomment>thread ids dropped on the row of ``key`` (a folder id or NO_FOLDER) a folder (id) dropped on a sibling folder (id): it takes that one&apos;s place</extracomment>
        <translation>
            <numerusform>%n 个会话</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}, in {parent}, {threads}</source>
        <translation>{name}，位于 {parent}，{threads}</translation>
    </message>
    <message>
        <source>{name}, {threads}</source>
        <translation>{name}，{threads}</translation>
    </message>
    <message>
        <source>Instructions: {text}</source>
        <translation>指令：{text}</translation>
    </message>
</context>
<context>
    <name>FolderPickerDialog</name>
    <message>
        <source>Move to folder</source>
        <translation>移到文件夹</translation>
    </message>
    <message>
        <source>Find a folder</source>
        <translation>查找文件夹</translation>
    </message>
    <message>
        <source>Type to find a folder</source>
        <translation>输入以查找文件夹</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>{name} (now)</source>
        <translation>{name}（当前）</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
</context>
<context>
    <name>FolderSection</name>
    <message>
        <source>Folders</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>FOLDERS</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Show or hide the folders</source>
        <translation>显示或隐藏文件夹</translation>
    </message>
    <message>
        <source>Folder problem</source>
        <translation>文件夹问题</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>New &amp;folder…</source>
        <translation>新建文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Make a folder for threads (Ctrl+Shift+F)</source>
        <translation>为会话创建文件夹（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Default assistant and &amp;instructions…</source>
        <translation>默认助手和指令(&amp;I)…</translation>
    </message>
    <message>
        <source>Folder actions</source>
        <translation>文件夹操作</translation>
    </message>
    <message>
        <source>New &amp;subfolder…</source>
        <translation>新建子文件夹(&amp;S)…</translation>
    </message>
    <message>
        <source>Move to the &amp;top level</source>
        <translation>移到顶层(&amp;T)</translation>
    </message>
    <message>
        <source>Put &amp;inside</source>
        <translation>放入(&amp;P)</translation>
    </message>
    <message>
        <source>Put the folder inside another</source>
        <translation>将文件夹放入另一个文件夹</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>已展开</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>已折叠</translation>
    </message>
    <message>
        <source>FOLDERS · {name}</source>
        <translation>文件夹 · {name}</translation>
    </message>
</context>
<context>
    <name>FolderSettingsDialog</name>
    <message>
        <source>Folder settings</source>
        <translation>文件夹设置</translation>
    </message>
    <message>
        <source>Folder name</source>
        <translation>文件夹名称</translation>
    </message>
    <message>
        <source>Default assistant</source>
        <translation>默认助手</translation>
    </message>
    <message>
        <source>New chats started while this folder is selected use this assistant</source>
        <translation>选中此文件夹时开始的新聊天将使用此助手</translation>
    </message>
    <message>
        <source>None (the assistant chosen in the sidebar)</source>
        <translation>无（侧边栏中选择的助手）</translation>
    </message>
    <message>
        <source>Extra instructions</source>
        <translation>附加指令</translation>
    </message>
    <message>
        <source>e.g. Answer in British English and cite sources.</source>
        <translation>例如：用简体中文回答并注明来源。</translation>
    </message>
    <message>
        <source>Added after the assistant&apos;s own instructions in every reply of the threads in this folder (and its subfolders).</source>
        <translation>在此文件夹（及其子文件夹）中各会话的每次回复里，附加在助手自身指令之后。</translation>
    </message>
    <message>
        <source>Problem with the folder settings</source>
        <translation>文件夹设置有问题</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Default &amp;assistant:</source>
        <translation>默认助手(&amp;A)：</translation>
    </message>
    <message>
        <source>Extra &amp;instructions:</source>
        <translation>附加指令(&amp;I)：</translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation>文件夹需要名称。</translation>
    </message>
    <message>
        <source>The instructions are too long.</source>
        <translation>指令太长。</translation>
    </message>
</context>
<context>
    <name>FoldersViewModel</name>
    <message>
        <source>The folders could not be loaded.</source>
        <extracomment>the folder filter now in effect: ALL_CHATS, NO_FOLDER or a folder id a sentence for the status bar once a flow is done</extracomment>
        <translation>无法加载文件夹。</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>无文件夹</translation>
    </message>
    <message>
        <source>New subfolder</source>
        <translation>新建子文件夹</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>Name of the subfolder in “{parent}”:</source>
        <translation>“{parent}”中子文件夹的名称：</translation>
    </message>
    <message>
        <source>Name of the folder:</source>
        <translation>文件夹名称：</translation>
    </message>
    <message>
        <source>Rename folder</source>
        <translation>重命名文件夹</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>The assistants could not be listed.</source>
        <translation>无法列出助手。</translation>
    </message>
    <message>
        <source>The folder could not be deleted.</source>
        <translation>无法删除文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s) in it move to “No folder”; no thread is deleted.</source>
        <translation>
            <numerusform>其中的 %n 个会话将移到“无文件夹”；不会删除任何会话。</numerusform>
        </translation>
    </message>
    <message>
        <source>Its subfolders ({names}) move to the top level.</source>
        <translation>其子文件夹（{names}）将移到顶层。</translation>
    </message>
    <message>
        <source>Delete folder</source>
        <translation>删除文件夹</translation>
    </message>
    <message>
        <source>Delete the folder “{name}”?</source>
        <translation>删除文件夹“{name}”？</translation>
    </message>
    <message>
        <source>Delete the folder {name}</source>
        <translation>删除文件夹 {name}</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the folder “{name}”; %n thread(s) moved to “No folder”.</source>
        <translation>
            <numerusform>已删除文件夹“{name}”；%n 个会话已移到“无文件夹”。</numerusform>
        </translation>
    </message>
    <message>
        <source>The thread could not be moved.</source>
        <translation>无法移动会话。</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n thread(s) to “{folder}”.</source>
        <translation>
            <numerusform>已将 %n 个会话移到“{folder}”。</numerusform>
        </translation>
    </message>
    <message>
        <source>The folders could not be changed.</source>
        <translation>无法更改文件夹。</translation>
    </message>
</context>
<context>
    <name>FormQuestions</name>
    <message>
        <source>Discard changes?</source>
        <translation>放弃更改？</translation>
    </message>
    <message>
        <source>This assistant has unsaved changes. Discard them?</source>
        <translation>此助手有未保存的更改。要放弃吗？</translation>
    </message>
</context>
<context>
    <name>FunctionListModel</name>
    <message>
        <source>(unnamed function {number})</source>
        <translation>（未命名函数 {number}）</translation>
    </message>
    <message>
        <source>{label}, has errors</source>
        <translation>{label}，有错误</translation>
    </message>
</context>
<context>
    <name>FunctionToolsEditor</name>
    <message>
        <source>Function tools</source>
        <translation>函数工具</translation>
    </message>
    <message>
        <source>Functions the assistant may call; choose one to edit it</source>
        <translation>助手可以调用的函数；选择一个进行编辑</translation>
    </message>
    <message>
        <source>Add function</source>
        <translation>添加函数</translation>
    </message>
    <message>
        <source>Add function tool</source>
        <translation>添加函数工具</translation>
    </message>
    <message>
        <source>Add a function the assistant can call</source>
        <translation>添加助手可以调用的函数</translation>
    </message>
    <message>
        <source>Remove function</source>
        <translation>移除函数</translation>
    </message>
    <message>
        <source>Remove function tool</source>
        <translation>移除函数工具</translation>
    </message>
    <message>
        <source>Remove the selected function</source>
        <translation>移除所选函数</translation>
    </message>
    <message>
        <source>Function name</source>
        <translation>函数名称</translation>
    </message>
    <message>
        <source>1–64 letters, digits, underscores or hyphens</source>
        <translation>1–64 个字母、数字、下划线或连字符</translation>
    </message>
    <message>
        <source>Function description</source>
        <translation>函数描述</translation>
    </message>
    <message>
        <source>What the function does; the model reads this to decide when to call it</source>
        <translation>函数的作用；模型据此决定何时调用它</translation>
    </message>
    <message>
        <source>Strict (arguments always match the schema)</source>
        <translation>严格（参数始终符合架构）</translation>
    </message>
    <message>
        <source>Function strict mode</source>
        <translation>函数严格模式</translation>
    </message>
    <message>
        <source>Strict mode needs every property required and additionalProperties false</source>
        <translation>严格模式要求每个属性都是必需的，且 additionalProperties 为 false</translation>
    </message>
    <message>
        <source>Function parameters</source>
        <translation>函数参数</translation>
    </message>
    <message>
        <source>Functi&amp;on name</source>
        <translation>函数名称(&amp;O)</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
</context>
<context>
    <name>HoverBar</name>
    <message>
        <source>Message actions</source>
        <translation>消息操作</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
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
        <translation>API 密钥未保存</translation>
    </message>
    <message>
        <source>API key not saved: no usable secure keyring</source>
        <translation>API 密钥未保存：没有可用的安全钥匙串</translation>
    </message>
    <message>
        <source>The API key could not be saved in a secure keyring.</source>
        <translation>无法将 API 密钥保存到安全的钥匙串中。</translation>
    </message>
    <message>
        <source>{message}

BelugaDesk never writes API keys to a plain file. A key for this session only stays in memory and is forgotten when BelugaDesk quits.</source>
        <translation>{message}

BelugaDesk 从不把 API 密钥写入普通文件。仅用于本次会话的密钥只保存在内存中，BelugaDesk 退出时即被遗忘。</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>仅用于本次会话(&amp;S)</translation>
    </message>
    <message>
        <source>Use the key for this session only</source>
        <translation>仅在本次会话中使用此密钥</translation>
    </message>
    <message>
        <source>Keep the key in memory until BelugaDesk quits; nothing is written</source>
        <translation>在 BelugaDesk 退出前将密钥保存在内存中；不写入任何内容</translation>
    </message>
    <message>
        <source>Go back without using the key</source>
        <translation>返回，不使用此密钥</translation>
    </message>
</context>
<context>
    <name>LinkConfirmation</name>
    <message>
        <source>Open link</source>
        <translation>打开链接</translation>
    </message>
    <message>
        <source>This link was not opened: it is not a valid web address.</source>
        <translation>此链接未打开：它不是有效的网址。</translation>
    </message>
    <message>
        <source>This link was not opened: BelugaDesk opens only web (http, https) and e-mail (mailto) links from replies, not “{scheme}:” links.</source>
        <translation>此链接未打开：BelugaDesk 只打开回复中的网页链接（http、https）和电子邮件链接（mailto），不打开“{scheme}:”链接。</translation>
    </message>
    <message>
        <source>This link was not opened: it names no web site.</source>
        <translation>此链接未打开：它没有指明网站。</translation>
    </message>
    <message>
        <source>your e-mail program, to write to</source>
        <translation>你的电子邮件程序，收件人为</translation>
    </message>
    <message>
        <source>your web browser at {host}</source>
        <translation>你的网页浏览器，网址为 {host}</translation>
    </message>
    <message>
        <source>Open this link?</source>
        <translation>打开此链接？</translation>
    </message>
    <message>
        <source>The reply links to:&lt;br&gt;&lt;br&gt;{target_html}&lt;br&gt;&lt;br&gt;It opens in {where}. The text shown for a link can differ from where it goes; open it only if you trust this address.</source>
        <translation>回复链接到：&lt;br&gt;&lt;br&gt;{target_html}&lt;br&gt;&lt;br&gt;它将在{where}中打开。链接显示的文字可能与实际目标不同；只有信任此地址时才打开。</translation>
    </message>
</context>
<context>
    <name>MainViewModel</name>
    <message>
        <source>The thread could not be opened.</source>
        <translation>无法打开会话。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app_name} main window</source>
        <translation>{app_name} 主窗口</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>当前配置文件</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New thread</source>
        <translation>新建会话(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Focus message box</source>
        <translation>聚焦消息框(&amp;F)</translation>
    </message>
    <message>
        <source>Quick &amp;ask window</source>
        <translation>快速提问窗口(&amp;A)</translation>
    </message>
    <message>
        <source>The small always-on-top window that belugadesk --quick-ask shows</source>
        <translation>belugadesk --quick-ask 显示的始终置顶的小窗口</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>聊天(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Compare assistants…</source>
        <translation>比较助手(&amp;C)…</translation>
    </message>
    <message>
        <source>Send one prompt to two to four assistants and see the replies side by side</source>
        <translation>将一条提示词发送给二到四个助手，并排查看回复</translation>
    </message>
    <message>
        <source>&amp;Prompt library…</source>
        <translation>提示词库(&amp;P)…</translation>
    </message>
    <message>
        <source>Saved prompts to insert, edit, import and export (Ctrl+Shift+I; or type / in an empty box)</source>
        <translation>可插入、编辑、导入和导出的已保存提示词（Ctrl+Shift+I；或在空输入框中键入 /）</translation>
    </message>
    <message>
        <source>A&amp;ssistant</source>
        <translation>助手(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Thread list</source>
        <translation>会话列表(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>消息(&amp;M)</translation>
    </message>
    <message>
        <source>Next &amp;area</source>
        <translation>下一个区域(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Previous area</source>
        <translation>上一个区域(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Profiles and API keys, appearance, behaviour and prices (Ctrl+,)</source>
        <translation>配置文件和 API 密钥、外观、行为和价格（Ctrl+,）</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About {app_name}</source>
        <translation>关于 {app_name}(&amp;A)</translation>
    </message>
    <message>
        <source>Profile: {name}</source>
        <translation>配置文件：{name}</translation>
    </message>
</context>
<context>
    <name>McpGrantsViewModel</name>
    <message>
        <source>No MCP servers yet: add one in Settings → Tools, then come back here.</source>
        <translation>还没有 MCP 服务器：请在“设置 → 工具”中添加一个，然后回到这里。</translation>
    </message>
    <message>
        <source>The tools could not be listed.</source>
        <translation>无法列出工具。</translation>
    </message>
</context>
<context>
    <name>McpServerDialog</name>
    <message>
        <source>Local program (stdio)</source>
        <translation>本地程序 (stdio)</translation>
    </message>
    <message>
        <source>Web address (streamable HTTP)</source>
        <translation>网址（可流式 HTTP）</translation>
    </message>
    <message>
        <source>kept in the keyring; type to replace</source>
        <translation>保存在钥匙串中；输入即可替换</translation>
    </message>
    <message>
        <source>Edit MCP server</source>
        <translation>编辑 MCP 服务器</translation>
    </message>
    <message>
        <source>Add MCP server</source>
        <translation>添加 MCP 服务器</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>服务器名称</translation>
    </message>
    <message>
        <source>e.g. Files</source>
        <translation>例如 Files</translation>
    </message>
    <message>
        <source>How to reach the server</source>
        <translation>如何连接服务器</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>e.g. npx, uvx or python</source>
        <translation>例如 npx、uvx 或 python</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>as on a command line, e.g. -y @modelcontextprotocol/server-filesystem ~/Notes</source>
        <translation>与命令行相同，例如 -y @modelcontextprotocol/server-filesystem ~/Notes</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>工作文件夹</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>服务器 URL</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>&amp;Command</source>
        <translation>命令(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Arguments</source>
        <translation>参数(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Working folder</source>
        <translation>工作文件夹(&amp;W)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>URL(&amp;U)</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>Values marked Secret go to the system keyring, never to the settings file.</source>
        <translation>标记为“机密”的值会存入系统钥匙串，绝不写入设置文件。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Save server</source>
        <translation>保存服务器</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reach it as</source>
        <translation>访问名称(&amp;R)</translation>
    </message>
</context>
<context>
    <name>McpServersViewModel</name>
    <message>
        <source>Enter the command that starts the server, e.g. npx or python.</source>
        <translation>输入启动服务器的命令，例如 npx 或 python。</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>请为服务器命名。</translation>
    </message>
    <message>
        <source>The server&apos;s settings are not valid.</source>
        <translation>服务器设置无效。</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <source>Not started: a server starts when an assistant first uses it, or with Test.</source>
        <translation>未启动：服务器会在助手首次使用或点击“测试”时启动。</translation>
    </message>
    <message>
        <source>The server could not be tested.</source>
        <translation>无法测试服务器。</translation>
    </message>
    <message>
        <source>Starting the server and listing its tools…</source>
        <translation>正在启动服务器并列出其工具…</translation>
    </message>
    <message>
        <source>The server runs but lists no tools.</source>
        <translation>服务器在运行，但没有提供任何工具。</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s): {names}</source>
        <translation>
            <numerusform>%n 个工具：{names}</numerusform>
        </translation>
    </message>
    <message>
        <source>The server could not be restarted.</source>
        <translation>无法重新启动服务器。</translation>
    </message>
    <message>
        <source>Restarting the server…</source>
        <translation>正在重新启动服务器…</translation>
    </message>
    <message>
        <source>The MCP server was not saved.</source>
        <translation>MCP 服务器未保存。</translation>
    </message>
    <message>
        <source>The MCP server was not removed.</source>
        <translation>MCP 服务器未被移除。</translation>
    </message>
</context>
<context>
    <name>McpToolsSection</name>
    <message>
        <source>Too&amp;ls from MCP servers</source>
        <translation>MCP 服务器的工具(&amp;L)</translation>
    </message>
    <message>
        <source>Which tools of the MCP servers (Settings → Tools) this assistant may use, and which calls run without asking</source>
        <translation>此助手可以使用 MCP 服务器（设置 → 工具）的哪些工具，以及哪些调用无需询问即可运行</translation>
    </message>
    <message>
        <source>Each call of a tool is shown to you before it runs, unless you allow it here.</source>
        <translation>每次工具调用在运行前都会显示给你，除非你在此处允许。</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Message the assistant — Enter to send, Shift+Enter for a new line</source>
        <translation>给助手发消息 — Enter 发送，Shift+Enter 换行</translation>
    </message>
    <message>
        <source>Enter sends; Shift+Enter starts a new line</source>
        <translation>Enter 发送；Shift+Enter 换行</translation>
    </message>
    <message>
        <source>Message the assistant — Ctrl+Enter to send, Enter for a new line</source>
        <translation>给助手发消息 — Ctrl+Enter 发送，Enter 换行</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends; Enter starts a new line</source>
        <translation>Ctrl+Enter 发送；Enter 换行</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>换行</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>You</source>
        <extracomment>who writes the replies (what a screen reader says for them); set with the chat&apos;s assistant</extracomment>
        <translation>你</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>{who}, {when}: {text}</source>
        <translation>{who}，{when}：{text}</translation>
    </message>
    <message>
        <source>Being written</source>
        <translation>正在撰写</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
</context>
<context>
    <name>MessageTextView</name>
    <message>
        <source>Message text</source>
        <translation>消息文本</translation>
    </message>
</context>
<context>
    <name>MessageTime</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date} {time}</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <source>Up to {limit} pairs; keys up to 64 characters, values up to 512</source>
        <translation>最多 {limit} 项；键最多 64 个字符，值最多 512 个字符</translation>
    </message>
    <message>
        <source>Add pair</source>
        <translation>添加一项</translation>
    </message>
    <message>
        <source>Add metadata pair</source>
        <translation>添加元数据项</translation>
    </message>
    <message>
        <source>Add a key/value row and start typing its key</source>
        <translation>添加一行键/值并开始输入键</translation>
    </message>
    <message>
        <source>Remove pair</source>
        <translation>移除一项</translation>
    </message>
    <message>
        <source>Remove metadata pair</source>
        <translation>移除元数据项</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>移除所选行</translation>
    </message>
    <message>
        <source>Metadata pair count</source>
        <translation>元数据项数</translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message>
        <source>The server&apos;s models could not be listed ({error}); the assistant&apos;s model is used.</source>
        <translation>无法列出服务器的模型（{error}）；将使用助手的模型。</translation>
    </message>
</context>
<context>
    <name>ModelSwitcher</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>{model} (assistant&apos;s)</source>
        <translation>{model}（助手的）</translation>
    </message>
    <message>
        <source>the assistant&apos;s own model</source>
        <translation>助手自己的模型</translation>
    </message>
    <message>
        <source>chosen for this thread</source>
        <translation>为此会话选择</translation>
    </message>
    <message>
        <source>The model that writes the replies in this thread: {model} ({whose}).</source>
        <translation>在此会话中撰写回复的模型：{model}（{whose}）。</translation>
    </message>
</context>
<context>
    <name>NewChatButton</name>
    <message>
        <source>New chat</source>
        <translation>新聊天</translation>
    </message>
    <message>
        <source>with {name}</source>
        <translation>与 {name}</translation>
    </message>
    <message>
        <source>with no assistant yet</source>
        <translation>尚无助手</translation>
    </message>
    <message>
        <source>New chat with {name}</source>
        <translation>与 {name} 新聊天</translation>
    </message>
    <message>
        <source>Start a new chat with {name} (Ctrl+N)</source>
        <translation>与 {name} 开始新聊天（Ctrl+N）</translation>
    </message>
</context>
<context>
    <name>OnboardingDialog</name>
    <message>
        <source>&lt;h2&gt;Welcome to BelugaDesk&lt;/h2&gt;&lt;p&gt;Connect to your AI provider with an API key. The key is kept in your system keyring and nowhere else. No key at hand? Try the offline demo: it runs entirely on this computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 BelugaDesk&lt;/h2&gt;&lt;p&gt;使用 API 密钥连接到你的 AI 提供商。密钥只保存在系统钥匙串中，不会存放在其他任何地方。手头没有密钥？试试离线演示：它完全在这台电脑上运行。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome to BelugaDesk</source>
        <translation>欢迎使用 BelugaDesk</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Try the offline &amp;demo</source>
        <translation>试用离线演示(&amp;D)</translation>
    </message>
    <message>
        <source>Try the offline demo</source>
        <translation>试用离线演示</translation>
    </message>
    <message>
        <source>Use the built-in demo server: no key and no network needed</source>
        <translation>使用内置演示服务器：无需密钥，也无需网络</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存配置文件</translation>
    </message>
    <message>
        <source>Store the key in the keyring, save the profile and start using it</source>
        <translation>将密钥存入钥匙串，保存配置文件并开始使用</translation>
    </message>
</context>
<context>
    <name>OnboardingViewModel</name>
    <message>
        <source>The profile was not saved.</source>
        <translation>配置文件未保存。</translation>
    </message>
    <message>
        <source>The choice was not saved.</source>
        <translation>选择未保存。</translation>
    </message>
</context>
<context>
    <name>OpenByIdDialog</name>
    <message>
        <source>Open thread by id</source>
        <translation>按 ID 打开会话</translation>
    </message>
    <message>
        <source>Paste the id of a thread on the server (it starts with “{id_prefixes}”). Its history is loaded into a new local thread.</source>
        <translation>粘贴服务器上会话的 ID（以“{id_prefixes}”开头）。其历史记录会载入一个新的本地会话。</translation>
    </message>
    <message>
        <source>Remote thread id</source>
        <translation>远程会话 ID</translation>
    </message>
    <message>
        <source>A {label} API thread id, e.g. {id_prefixes}abc123</source>
        <translation>{label} API 的会话 ID，例如 {id_prefixes}abc123</translation>
    </message>
    <message>
        <source>Problem with the id</source>
        <translation>ID 有问题</translation>
    </message>
</context>
<context>
    <name>PairTableModel</name>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Budget (tokens)</source>
        <translation>预算（词元）</translation>
    </message>
</context>
<context>
    <name>PreferencesViewModel</name>
    <message>
        <source>The colour scheme was not saved.</source>
        <translation>配色方案未保存。</translation>
    </message>
    <message>
        <source>The font size was not saved.</source>
        <translation>字号未保存。</translation>
    </message>
    <message>
        <source>The accent colour was not saved.</source>
        <translation>强调色未保存。</translation>
    </message>
    <message>
        <source>The language was not saved.</source>
        <translation>语言未保存。</translation>
    </message>
    <message>
        <source>The setting was not saved.</source>
        <translation>设置未保存。</translation>
    </message>
</context>
<context>
    <name>PriceTableModel</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>缓存输入</translation>
    </message>
    <message>
        <source>The model name; dated snapshots (gpt-4o-2024-08-06) use the price of their family</source>
        <translation>模型名称；带日期的快照（gpt-4o-2024-08-06）使用其系列的价格</translation>
    </message>
    <message>
        <source>USD per million input tokens</source>
        <translation>每百万输入词元的美元价格</translation>
    </message>
    <message>
        <source>USD per million output tokens</source>
        <translation>每百万输出词元的美元价格</translation>
    </message>
    <message>
        <source>USD per million cached input tokens; empty when the model has no cached price</source>
        <translation>每百万缓存输入词元的美元价格；若模型没有缓存价格则留空</translation>
    </message>
</context>
<context>
    <name>PricesPage</name>
    <message>
        <source>Prices in US dollars per million tokens, used for the cost estimate shown with each reply. Double-click a cell to edit it.</source>
        <translation>每百万词元的美元价格，用于每条回复旁显示的费用估算。双击单元格可编辑。</translation>
    </message>
    <message>
        <source>Model prices</source>
        <translation>模型价格</translation>
    </message>
    <message>
        <source>model name, e.g. gpt-4.1</source>
        <translation>模型名称，例如 gpt-4.1</translation>
    </message>
    <message>
        <source>New model name</source>
        <translation>新模型名称</translation>
    </message>
    <message>
        <source>The model to add a price for</source>
        <translation>要添加价格的模型</translation>
    </message>
    <message>
        <source>&amp;Add price</source>
        <translation>添加价格(&amp;A)</translation>
    </message>
    <message>
        <source>Add price</source>
        <translation>添加价格</translation>
    </message>
    <message>
        <source>Add a row for this model, then type its prices</source>
        <translation>为此模型添加一行，然后输入价格</translation>
    </message>
    <message>
        <source>&amp;Remove price</source>
        <translation>移除价格(&amp;R)</translation>
    </message>
    <message>
        <source>Remove price</source>
        <translation>移除价格</translation>
    </message>
    <message>
        <source>Remove the selected model&apos;s price</source>
        <translation>移除所选模型的价格</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>PricesViewModel</name>
    <message>
        <source>Invalid price.</source>
        <translation>价格无效。</translation>
    </message>
    <message>
        <source>Type the model name first, e.g. gpt-4.1.</source>
        <translation>请先输入模型名称，例如 gpt-4.1。</translation>
    </message>
    <message>
        <source>There is already a price for {name}.</source>
        <translation>{name} 已有价格。</translation>
    </message>
    <message>
        <source>The prices were not saved.</source>
        <translation>价格未保存。</translation>
    </message>
</context>
<context>
    <name>ProfileDialogs</name>
    <message>
        <source>Delete profile</source>
        <translation>删除配置文件</translation>
    </message>
    <message>
        <source>Delete the profile “{name}”?</source>
        <translation>删除配置文件“{name}”？</translation>
    </message>
    <message>
        <source>Its API key is removed from the keyring too. Its threads stay in the database.</source>
        <translation>其 API 密钥也会从钥匙串中移除。其会话仍保留在数据库中。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete profile and key</source>
        <translation>删除配置文件和密钥</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>New profile</source>
        <translation>新建配置文件</translation>
    </message>
    <message>
        <source>Edit profile {name}</source>
        <translation>编辑配置文件 {name}</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存配置文件</translation>
    </message>
    <message>
        <source>Validate, store the key in the keyring and save the profile</source>
        <translation>验证，将密钥存入钥匙串并保存配置文件</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Profile &amp;name</source>
        <translation>配置文件名称(&amp;N)</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API 密钥(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Backend</source>
        <translation>后端(&amp;B)</translation>
    </message>
    <message>
        <source>Base &amp;URL</source>
        <translation>基础 URL(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>端点(&amp;E)</translation>
    </message>
    <message>
        <source>API &amp;version</source>
        <translation>API 版本(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Deployments</source>
        <translation>部署(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>组织(&amp;O)</translation>
    </message>
    <message>
        <source>Pro&amp;ject</source>
        <translation>项目(&amp;J)</translation>
    </message>
    <message>
        <source>Pro&amp;xy</source>
        <translation>代理(&amp;X)</translation>
    </message>
    <message>
        <source>Context bud&amp;gets</source>
        <translation>上下文预算(&amp;G)</translation>
    </message>
    <message>
        <source>A name to tell this profile apart from others</source>
        <translation>用于区分此配置文件与其他配置文件的名称</translation>
    </message>
    <message>
        <source>The secret API key from your provider&apos;s dashboard; it is stored in the system keyring only</source>
        <translation>来自提供商控制台的 API 密钥；它只保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>Which OpenAI API family conversations use</source>
        <translation>对话使用的 OpenAI API 系列</translation>
    </message>
    <message>
        <source>The server&apos;s API address, e.g. http://localhost:8000/v1 (OpenAI: empty means the default)</source>
        <translation>服务器的 API 地址，例如 http://localhost:8000/v1（OpenAI：留空表示默认值）</translation>
    </message>
    <message>
        <source>Your Azure OpenAI resource, e.g. https://my-resource.openai.azure.com</source>
        <translation>你的 Azure OpenAI 资源，例如 https://my-resource.openai.azure.com</translation>
    </message>
    <message>
        <source>The Azure OpenAI api-version, e.g. 2025-04-01-preview or v1</source>
        <translation>Azure OpenAI 的 api-version，例如 2025-04-01-preview 或 v1</translation>
    </message>
    <message>
        <source>One per line: model = deployment-name (used when an assistant names that model)</source>
        <translation>每行一个：模型 = 部署名称（当助手指定该模型时使用）</translation>
    </message>
    <message>
        <source>Optional OpenAI organization id (org-…)</source>
        <translation>可选的 OpenAI 组织 ID（org-…）</translation>
    </message>
    <message>
        <source>Optional OpenAI project id (proj_…)</source>
        <translation>可选的 OpenAI 项目 ID（proj_…）</translation>
    </message>
    <message>
        <source>Optional HTTP(S) proxy every request of this profile goes through, e.g. http://proxy:3128</source>
        <translation>可选的 HTTP(S) 代理，此配置文件的每个请求都经过它，例如 http://proxy:3128</translation>
    </message>
    <message>
        <source>How many tokens of a thread each model is sent (older turns are left out beyond it); a model not listed gets a default. At least {minimum} tokens</source>
        <translation>每个模型接收的会话词元数（超出部分会省略较早的轮次）；未列出的模型使用默认值。至少 {minimum} 个词元</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>optional, e.g. http://proxy.example.com:3128</source>
        <translation>可选，例如 http://proxy.example.com:3128</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Who runs the server: fills in its address, whether it needs a key, and a backend it speaks</source>
        <translation>服务器的运营方：会填入其地址、是否需要密钥，以及它支持的后端</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>提供商(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>List the server&apos;s models with this key, without saving anything</source>
        <translation>用此密钥列出服务器的模型，不保存任何内容</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>连接测试结果</translation>
    </message>
    <message>
        <source>APIs the server speaks</source>
        <translation>服务器支持的 API</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Speaks it</source>
        <translation>是否支持</translation>
    </message>
    <message>
        <source>{field} error</source>
        <translation>{field} 错误</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show API key</source>
        <translation>显示 API 密钥</translation>
    </message>
    <message>
        <source>Show or hide the API key you typed</source>
        <translation>显示或隐藏你输入的 API 密钥</translation>
    </message>
    <message>
        <source>Where the API key is stored</source>
        <translation>API 密钥的存储位置</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Hide API key</source>
        <translation>隐藏 API 密钥</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
</context>
<context>
    <name>ProfileFormViewModel</name>
    <message>
        <source>Paste the API key for this profile.</source>
        <translation>粘贴此配置文件的 API 密钥。</translation>
    </message>
    <message>
        <source>Paste the API key for this profile (or set the OPENAI_API_KEY environment variable before starting).</source>
        <translation>粘贴此配置文件的 API 密钥（或在启动前设置 OPENAI_API_KEY 环境变量）。</translation>
    </message>
    <message>
        <source>Optional: needed only if the server was started with a key</source>
        <translation>可选：仅当服务器以密钥启动时才需要</translation>
    </message>
    <message>
        <source>The offline demo needs no key</source>
        <translation>离线演示不需要密钥</translation>
    </message>
    <message>
        <source>This server needs no key</source>
        <translation>此服务器不需要密钥</translation>
    </message>
    <message>
        <source>{server} needs no key</source>
        <translation>{server} 不需要密钥</translation>
    </message>
    <message>
        <source>Will be stored in {keyring} when you save</source>
        <translation>保存时将存入 {keyring}</translation>
    </message>
    <message>
        <source>No secure keyring: the key can be used for this session only</source>
        <translation>没有安全的钥匙串：密钥只能在本次会话中使用</translation>
    </message>
    <message>
        <source>The API key contains spaces or line breaks; paste only the key itself.</source>
        <translation>API 密钥包含空格或换行；请只粘贴密钥本身。</translation>
    </message>
    <message>
        <source>Fix the fields marked above first.</source>
        <translation>请先修正上面标出的字段。</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s) available ({models}).</source>
        <translation>
            <numerusform>已连接：%n 个模型可用（{models}）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>已连接。</translation>
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <source>Offline demo</source>
        <translation>离线演示</translation>
    </message>
    <message>
        <source>built-in local server</source>
        <translation>内置本地服务器</translation>
    </message>
    <message>
        <source>API key: {key}</source>
        <translation>API 密钥：{key}</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>&amp;Profiles</source>
        <translation>配置文件(&amp;P)</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Selected profile</source>
        <translation>所选配置文件</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>钥匙串</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a profile for OpenAI, Azure OpenAI or an OpenAI-compatible server</source>
        <translation>为 OpenAI、Azure OpenAI 或兼容 OpenAI 的服务器添加配置文件</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected profile or its API key</source>
        <translation>更改所选配置文件或其 API 密钥</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制副本(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the selected profile, including its key</source>
        <translation>复制所选配置文件（包括其密钥）</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete the selected profile and its API key</source>
        <translation>删除所选配置文件及其 API 密钥</translation>
    </message>
    <message>
        <source>Set a&amp;ctive</source>
        <translation>设为当前(&amp;C)</translation>
    </message>
    <message>
        <source>Use the selected profile for conversations from now on</source>
        <translation>从现在起使用所选配置文件进行对话</translation>
    </message>
    <message>
        <source>the built-in offline server</source>
        <translation>内置离线服务器</translation>
    </message>
    <message>
        <source>API key: {key}</source>
        <translation>API 密钥：{key}</translation>
    </message>
</context>
<context>
    <name>ProfilesViewModel</name>
    <message>
        <source>not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>The profile was not saved.</source>
        <translation>配置文件未保存。</translation>
    </message>
    <message>
        <source>The profile could not be activated.</source>
        <translation>无法激活配置文件。</translation>
    </message>
    <message>
        <source>The profile was not activated.</source>
        <translation>配置文件未激活。</translation>
    </message>
    <message>
        <source>The key was not copied.</source>
        <translation>密钥未复制。</translation>
    </message>
    <message>
        <source>The copy was not saved.</source>
        <translation>副本未保存。</translation>
    </message>
    <message>
        <source>The key was not deleted.</source>
        <translation>密钥未删除。</translation>
    </message>
    <message>
        <source>The profile was not deleted.</source>
        <translation>配置文件未删除。</translation>
    </message>
    <message>
        <source>The next profile could not be activated.</source>
        <translation>无法激活下一个配置文件。</translation>
    </message>
</context>
<context>
    <name>PromptButton</name>
    <message>
        <source>Send: {text}</source>
        <translation>发送：{text}</translation>
    </message>
    <message>
        <source>Send this message</source>
        <translation>发送此消息</translation>
    </message>
</context>
<context>
    <name>PromptDialogs</name>
    <message>
        <source>Delete prompt</source>
        <translation>删除提示词</translation>
    </message>
    <message>
        <source>Delete the prompt “{title}”?</source>
        <translation>删除提示词“{title}”？</translation>
    </message>
    <message>
        <source>It is removed from the library. An exported copy can bring it back.</source>
        <translation>它会从提示词库中移除。导出的副本可以将其恢复。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Export prompts</source>
        <translation>导出提示词</translation>
    </message>
    <message>
        <source>BelugaDesk prompts (*.json)</source>
        <translation>BelugaDesk 提示词 (*.json)</translation>
    </message>
    <message>
        <source>Import prompts</source>
        <translation>导入提示词</translation>
    </message>
</context>
<context>
    <name>PromptEditDialog</name>
    <message>
        <source>Edit prompt</source>
        <translation>编辑提示词</translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation>新建提示词</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation>提示词文本</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>writing, code</source>
        <translation>写作, 代码</translation>
    </message>
    <message>
        <source>Write {{name}} for a blank filled in when the prompt is inserted, {{name|default}} to give it a default, and \{{ for two literal braces. Tags are separated by commas.</source>
        <translation>用 {{name}} 表示插入提示词时要填写的空白，用 {{name|default}} 为其指定默认值，用 \{{ 表示两个普通的花括号。标签之间用逗号分隔。</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>文本(&amp;X)：</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>标签(&amp;A)：</translation>
    </message>
    <message>
        <source>Save prompt</source>
        <translation>保存提示词</translation>
    </message>
</context>
<context>
    <name>PromptLibrary</name>
    <message>
        <source>The file {path} could not be written ({reason}).</source>
        <translation>无法写入文件 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>The file {name} is too large to be a prompt library.</source>
        <translation>文件 {name} 太大，不可能是提示词库。</translation>
    </message>
    <message>
        <source>The file {name} is not a BelugaDesk prompt library: it is not UTF-8 text.</source>
        <translation>文件 {name} 不是 BelugaDesk 提示词库：它不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The file {path} could not be read ({reason}).</source>
        <translation>无法读取文件 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>The prompt library could not be read.</source>
        <translation>无法读取提示词库。</translation>
    </message>
    <message>
        <source>The prompt was not saved.</source>
        <translation>提示词未保存。</translation>
    </message>
    <message>
        <source>The prompt was not deleted.</source>
        <translation>提示词未删除。</translation>
    </message>
    <message>
        <source>The prompt could not be inserted.</source>
        <translation>无法插入提示词。</translation>
    </message>
    <message>
        <source>The prompts were not exported.</source>
        <translation>提示词未导出。</translation>
    </message>
    <message>
        <source>Prompts not exported</source>
        <translation>提示词未导出</translation>
    </message>
    <message>
        <source>The prompts were not imported.</source>
        <translation>提示词未导入。</translation>
    </message>
    <message>
        <source>The file {name}</source>
        <translation>文件 {name}</translation>
    </message>
    <message>
        <source>Prompts not imported</source>
        <translation>提示词未导入</translation>
    </message>
</context>
<context>
    <name>PromptLibraryDialog</name>
    <message>
        <source>Prompt library</source>
        <translation>提示词库</translation>
    </message>
    <message>
        <source>Search prompts</source>
        <translation>搜索提示词</translation>
    </message>
    <message>
        <source>Search titles, text and tags</source>
        <translation>搜索标题、文本和标签</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation>提示词文本</translation>
    </message>
    <message>
        <source>Tags of the prompt</source>
        <translation>提示词的标签</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation>添加提示词</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the prompt</source>
        <translation>编辑提示词</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the prompt</source>
        <translation>删除提示词</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import prompts</source>
        <translation>导入提示词</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export prompts</source>
        <translation>导出提示词</translation>
    </message>
    <message>
        <source>I&amp;nsert</source>
        <translation>插入(&amp;N)</translation>
    </message>
    <message>
        <source>Insert into the message box</source>
        <translation>插入到消息框</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the prompt library</source>
        <translation>关闭提示词库</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>标签：{tags}</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>无标签</translation>
    </message>
</context>
<context>
    <name>PromptLibraryViewModel</name>
    <message numerus="yes">
        <source>Exported %n prompt(s) to {path}</source>
        <translation>
            <numerusform>已将 %n 个提示词导出到 {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n prompt(s)</source>
        <translation>
            <numerusform>已添加 %n 个提示词</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n already in the library</source>
        <translation>
            <numerusform>跳过 %n 个已在库中的提示词</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickAskViewModel</name>
    <message>
        <source>The quick-ask window could not start over.</source>
        <translation>快速提问窗口无法重新开始。</translation>
    </message>
    <message>
        <source>Ask something first: there is no conversation to move yet.</source>
        <translation>请先提个问题：还没有可以移动的对话。</translation>
    </message>
    <message>
        <source>Wait until the reply is written (or stop it), then open the thread in the main window.</source>
        <translation>请等回复写完（或停止回复），再在主窗口中打开该会话。</translation>
    </message>
</context>
<context>
    <name>QuickAskWindow</name>
    <message>
        <source>Quick ask — {app}</source>
        <translation>快速提问 — {app}</translation>
    </message>
    <message>
        <source>Quick ask</source>
        <translation>快速提问</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Open in main window</source>
        <translation>在主窗口中打开</translation>
    </message>
    <message>
        <source>Continue this conversation in the main window (Ctrl+O)</source>
        <translation>在主窗口中继续此对话（Ctrl+O）</translation>
    </message>
    <message>
        <source>Hide quick ask</source>
        <translation>隐藏快速提问</translation>
    </message>
    <message>
        <source>Hide this window; the conversation stays (Esc)</source>
        <translation>隐藏此窗口；对话会保留（Esc）</translation>
    </message>
    <message>
        <source>Hide quick ask (stops a reply first)</source>
        <translation>隐藏快速提问（会先停止正在生成的回复）</translation>
    </message>
    <message>
        <source>Quick ask · {assistant}</source>
        <translation>快速提问 · {assistant}</translation>
    </message>
</context>
<context>
    <name>RemoteAssistantModel</name>
    <message>
        <source>{assistant} — already imported</source>
        <translation>{assistant} — 已导入</translation>
    </message>
</context>
<context>
    <name>RemoteImportDialog</name>
    <message>
        <source>Import assistants from the server</source>
        <translation>从服务器导入助手</translation>
    </message>
    <message>
        <source>Tick the assistants to import. Ones already imported are greyed out.</source>
        <translation>勾选要导入的助手。已导入的显示为灰色。</translation>
    </message>
    <message>
        <source>Server assistants</source>
        <translation>服务器上的助手</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected assistant</source>
        <translation>空格键勾选或取消勾选所选助手</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <source>Load more assistants</source>
        <translation>加载更多助手</translation>
    </message>
    <message>
        <source>Fetch the next page of the server&apos;s assistants</source>
        <translation>获取服务器助手的下一页</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>导入状态</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import the ticked assistants</source>
        <translation>导入勾选的助手</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The server has no assistants for this profile.</source>
        <translation>服务器上没有此配置文件的助手。</translation>
    </message>
    <message>
        <source>{ticked} ticked.</source>
        <translation>已勾选 {ticked} 个。</translation>
    </message>
</context>
<context>
    <name>RemoteImportViewModel</name>
    <message>
        <source>Could not list the server&apos;s assistants.</source>
        <translation>无法列出服务器上的助手。</translation>
    </message>
    <message>
        <source>Could not import.</source>
        <translation>无法导入。</translation>
    </message>
</context>
<context>
    <name>RemoteMcpEditor</name>
    <message>
        <source>all tools</source>
        <translation>全部工具</translation>
    </message>
    <message>
        <source>asks before each call</source>
        <translation>每次调用前询问</translation>
    </message>
    <message>
        <source>runs calls without asking</source>
        <translation>无需询问即运行调用</translation>
    </message>
    <message>
        <source>Remote MCP &amp;servers (the API calls them itself)</source>
        <translation>远程 MCP 服务器(&amp;S)（由 API 直接调用）</translation>
    </message>
    <message>
        <source>Remote MCP servers of this assistant</source>
        <translation>此助手的远程 MCP 服务器</translation>
    </message>
    <message>
        <source>Remote server label</source>
        <translation>远程服务器标签</translation>
    </message>
    <message>
        <source>Remote server URL</source>
        <translation>远程服务器 URL</translation>
    </message>
    <message>
        <source>Allowed tools of the remote server</source>
        <translation>远程服务器允许的工具</translation>
    </message>
    <message>
        <source>Tool names separated by commas or lines; empty: all its tools</source>
        <translation>用逗号或换行分隔的工具名称；留空：全部工具</translation>
    </message>
    <message>
        <source>Empty: all its tools. Or names separated by commas or lines.</source>
        <translation>留空：使用其全部工具。或用逗号或换行分隔的名称。</translation>
    </message>
    <message>
        <source>Ask before each call</source>
        <translation>每次调用前询问</translation>
    </message>
    <message>
        <source>Ask before each call of the remote server</source>
        <translation>每次调用远程服务器前询问</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>添加服务器</translation>
    </message>
    <message>
        <source>Add remote server</source>
        <translation>添加远程服务器</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <source>Save changes to the selected remote server</source>
        <translation>保存对所选远程服务器的更改</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected remote server</source>
        <translation>移除所选远程服务器</translation>
    </message>
    <message>
        <source>Remote server problem</source>
        <translation>远程服务器问题</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Allowed tools</source>
        <translation>允许的工具</translation>
    </message>
    <message>
        <source>Why remote MCP servers are unavailable</source>
        <translation>远程 MCP 服务器不可用的原因</translation>
    </message>
</context>
<context>
    <name>ReplyRun</name>
    <message>
        <source>Queued…</source>
        <translation>排队中…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在撰写…</translation>
    </message>
    <message>
        <source>Calling a tool…</source>
        <translation>正在调用工具…</translation>
    </message>
    <message>
        <source>Waiting for a tool&apos;s output…</source>
        <translation>正在等待工具的输出…</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Starting the assistant&apos;s tools…</source>
        <extracomment>the MCP tools a reply of an assistant offers (listed from its granted servers) asks the person whether an MCP tool call may run (None: the question was taken back) saves an assistant whose grants changed (&quot;Always allow this tool&quot;) added to the assistant&apos;s instructions on every request of this reply (the thread&apos;s folder&apos;s) Stop came before the server took the request (the question goes back to the input)</extracomment>
        <translation>正在启动助手的工具…</translation>
    </message>
    <message>
        <source>Sending the tool output…</source>
        <translation>正在发送工具输出…</translation>
    </message>
    <message>
        <source>Running {name}…</source>
        <translation>正在运行 {name}…</translation>
    </message>
    <message>
        <source>Waiting for the output of {name}…</source>
        <translation>正在等待 {name} 的输出…</translation>
    </message>
    <message>
        <source>Running {name} on {server_name}…</source>
        <translation>正在 {server_name} 上运行 {name}…</translation>
    </message>
    <message>
        <source>Waiting for your approval of {tool_name}…</source>
        <translation>正在等待你批准 {tool_name}…</translation>
    </message>
    <message>
        <source>Nobody could be asked to approve it.</source>
        <translation>无法请求任何人批准。</translation>
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
        <translation>模型默认值</translation>
    </message>
    <message>
        <source>{label}: use the model&apos;s default</source>
        <translation>{label}：使用模型的默认值</translation>
    </message>
    <message>
        <source>Leave {label} unset so the model&apos;s default applies</source>
        <translation>不设置 {label}，使用模型的默认值</translation>
    </message>
    <message>
        <source>{label} slider</source>
        <translation>{label} 滑块</translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <source>Validate</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Validate {label}</source>
        <translation>验证 {label}</translation>
    </message>
    <message>
        <source>Check that this is valid JSON and a valid JSON schema</source>
        <translation>检查这是否为有效的 JSON 和有效的 JSON 架构</translation>
    </message>
    <message>
        <source>Insert template</source>
        <translation>插入模板</translation>
    </message>
    <message>
        <source>Insert a template into {label}</source>
        <translation>向 {label} 插入模板</translation>
    </message>
    <message>
        <source>Replace the text with an example schema to start from</source>
        <translation>用示例架构替换文本，作为起点</translation>
    </message>
    <message>
        <source>{label} check result</source>
        <translation>{label} 检查结果</translation>
    </message>
</context>
<context>
    <name>ServerBlock</name>
    <message>
        <source>{name}: all its tools</source>
        <translation>{name}：全部工具</translation>
    </message>
    <message>
        <source>Use all tools of {name}</source>
        <translation>使用 {name} 的全部工具</translation>
    </message>
    <message>
        <source>The assistant may use every tool this server offers, now and later</source>
        <translation>助手可以使用此服务器现在及将来提供的所有工具</translation>
    </message>
    <message>
        <source>Show tools</source>
        <translation>显示工具</translation>
    </message>
    <message>
        <source>Show the tools of {name}</source>
        <translation>显示 {name} 的工具</translation>
    </message>
    <message>
        <source>Lists the server&apos;s tools; this starts the server if it is not running</source>
        <translation>列出服务器的工具；如果服务器未运行会启动它</translation>
    </message>
    <message>
        <source>Run read-only tools without asking</source>
        <translation>无需询问即可运行只读工具</translation>
    </message>
    <message>
        <source>Run read-only tools of {name} without asking</source>
        <translation>无需询问即可运行 {name} 的只读工具</translation>
    </message>
    <message>
        <source>Tools the server marks as read-only run without asking for approval</source>
        <translation>服务器标记为只读的工具无需批准即可运行</translation>
    </message>
    <message>
        <source>Tools of {name}</source>
        <translation>{name} 的工具</translation>
    </message>
    <message>
        <source>Show tools to choose single tools (this starts the server).</source>
        <translation>点击“显示工具”可选择单个工具（这会启动服务器）。</translation>
    </message>
    <message>
        <source>Starting the server and listing its tools…</source>
        <translation>正在启动服务器并列出其工具…</translation>
    </message>
    <message>
        <source>It lists no tools.</source>
        <translation>它没有提供任何工具。</translation>
    </message>
</context>
<context>
    <name>ServerTableModel</name>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Local program</source>
        <translation>本地程序</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>网址</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>设置分区列表</translation>
    </message>
    <message>
        <source>Choose a section (Up and Down keys)</source>
        <translation>选择一个分区（上下方向键）</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>{title} settings</source>
        <translation>{title} 设置</translation>
    </message>
    <message>
        <source>Settings section</source>
        <translation>设置分区</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>筛选快捷键</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>按操作或按键筛选</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>SidePane</name>
    <message>
        <source>Sidebar</source>
        <translation>侧边栏</translation>
    </message>
</context>
<context>
    <name>SlashPicker</name>
    <message>
        <source>Saved prompts</source>
        <translation>已保存的提示词</translation>
    </message>
    <message>
        <source>Up and Down choose, Enter inserts, Esc closes</source>
        <translation>上下方向键选择，Enter 插入，Esc 关闭</translation>
    </message>
</context>
<context>
    <name>SourceWords</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n 个来源</numerusform>
        </translation>
    </message>
    <message>
        <source>▾ Hide sources</source>
        <translation>▾ 隐藏来源</translation>
    </message>
    <message>
        <source>▸ Show sources</source>
        <translation>▸ 显示来源</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync shares your threads list, assistants and the messages of threads kept only on this computer through a folder that a sync tool you already use (Syncthing, Nextcloud, Dropbox, iCloud Drive, OneDrive, a network share) copies between your devices. No server of ours; API keys never go there.</source>
        <translation>同步功能通过一个文件夹共享你的会话列表、助手以及仅保存在这台计算机上的会话消息；该文件夹由你已在使用的同步工具（Syncthing、Nextcloud、Dropbox、iCloud Drive、OneDrive、网络共享）在你的设备之间复制。不经过我们的任何服务器；API 密钥绝不会放到那里。</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>同步文件夹</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>选择同步文件夹</translation>
    </message>
    <message>
        <source>This device&apos;s name</source>
        <translation>此设备的名称</translation>
    </message>
    <message>
        <source>How the other devices list this one</source>
        <translation>其他设备列出此设备时使用的名称</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Stop sharing changes for now</source>
        <translation>暂时停止共享更改</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Check the folder now</source>
        <translation>立即检查文件夹</translation>
    </message>
    <message>
        <source>&amp;Leave sync</source>
        <translation>退出同步(&amp;L)</translation>
    </message>
    <message>
        <source>Stop syncing this computer; its data stays</source>
        <translation>停止同步这台计算机；其数据会保留</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>This &amp;device</source>
        <translation>此设备(&amp;D)</translation>
    </message>
    <message>
        <source>Not syncing</source>
        <translation>未同步</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>{name} (this device)</source>
        <translation>{name}（此设备）</translation>
    </message>
    <message>
        <source>{name} — last update {when}</source>
        <translation>{name} — 上次更新：{when}</translation>
    </message>
</context>
<context>
    <name>SyncQuestions</name>
    <message>
        <source>Choose the sync folder</source>
        <translation>选择同步文件夹</translation>
    </message>
    <message>
        <source>Leave sync</source>
        <translation>退出同步</translation>
    </message>
    <message>
        <source>Stop syncing this computer?</source>
        <translation>停止同步这台计算机？</translation>
    </message>
    <message>
        <source>Everything stays here, and the other devices keep what this one shared. Changes made from now on are not shared.</source>
        <translation>所有内容都会保留在这里，其他设备也会保留此设备已共享的内容。从现在起所做的更改不会共享。</translation>
    </message>
    <message>
        <source>&amp;Leave sync</source>
        <translation>退出同步(&amp;L)</translation>
    </message>
</context>
<context>
    <name>SyncSession</name>
    <message>
        <source>Sync is waiting: {reason}</source>
        <extracomment>a check this often, in case the file watcher hears nothing (network shares often do not tell) a check this long after the last change the watcher heard (a sync tool writes a few files at once)</extracomment>
        <translation>同步正在等待：{reason}</translation>
    </message>
    <message>
        <source>Sync is waiting: the sync folder could not be read or written ({reason}).</source>
        <translation>同步正在等待：无法读取或写入同步文件夹（{reason}）。</translation>
    </message>
    <message>
        <source>Up to date; last checked at {time}.</source>
        <translation>已是最新；上次检查时间：{time}。</translation>
    </message>
    <message>
        <source>Some changes from other devices are still arriving.</source>
        <translation>来自其他设备的部分更改仍在传入。</translation>
    </message>
    <message>
        <source>Items edited here were deleted on another device; your edits are kept in the backup {path}.</source>
        <translation>在这里编辑的项目已在另一台设备上被删除；你的编辑保存在备份 {path} 中。</translation>
    </message>
    <message>
        <source>Sync is off. Choose a folder that your sync tool replicates to turn it on.</source>
        <translation>同步已关闭。选择一个由你的同步工具复制的文件夹即可开启。</translation>
    </message>
    <message>
        <source>Sync is paused. Changes are kept here and shared when you resume.</source>
        <translation>同步已暂停。更改会保留在这里，继续后再共享。</translation>
    </message>
    <message>
        <source>Syncing through {folder}…</source>
        <translation>正在通过 {folder} 同步…</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>这台计算机</translation>
    </message>
</context>
<context>
    <name>ThreadActionsViewModel</name>
    <message>
        <source>This thread belongs to another profile, so its server copy can only be deleted with that profile&apos;s key.</source>
        <translation>此会话属于另一个配置文件，因此其服务器副本只能用该配置文件的密钥删除。</translation>
    </message>
    <message>
        <source>Thread not deleted</source>
        <translation>会话未删除</translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation>已删除“{title}”</translation>
    </message>
    <message>
        <source>Thread not exported</source>
        <translation>会话未导出</translation>
    </message>
    <message>
        <source>Exported “{title}” to {path}</source>
        <translation>已将“{title}”导出到 {path}</translation>
    </message>
    <message>
        <source>Thread not imported</source>
        <translation>会话未导入</translation>
    </message>
    <message>
        <source>Stop the reply being written before deleting this thread.</source>
        <translation>删除此会话前，请先停止正在撰写的回复。</translation>
    </message>
    <message>
        <source>The local copy could not be deleted.</source>
        <translation>无法删除本地副本。</translation>
    </message>
    <message>
        <source>The thread was not exported.</source>
        <translation>会话未导出。</translation>
    </message>
    <message>
        <source>{name} was not imported.</source>
        <translation>{name} 未导入。</translation>
    </message>
</context>
<context>
    <name>ThreadBanner</name>
    <message>
        <source>Thread notice</source>
        <translation>会话提示</translation>
    </message>
</context>
<context>
    <name>ThreadDelegate</name>
    <message>
        <source>not on server</source>
        <translation>不在服务器上</translation>
    </message>
    <message>
        <source>Thread title</source>
        <translation>会话标题</translation>
    </message>
    <message>
        <source>Type a new title; Enter saves, Esc cancels</source>
        <translation>输入新标题；Enter 保存，Esc 取消</translation>
    </message>
</context>
<context>
    <name>ThreadDialogs</name>
    <message>
        <source>Delete local copy only</source>
        <translation>仅删除本地副本</translation>
    </message>
    <message>
        <source>BelugaDesk thread (*.json)</source>
        <translation>BelugaDesk 会话 (*.json)</translation>
    </message>
    <message>
        <source>Delete thread</source>
        <translation>删除会话</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>删除“{title}”？</translation>
    </message>
    <message>
        <source>on the server and on this computer</source>
        <translation>在服务器和这台电脑上</translation>
    </message>
    <message>
        <source>here</source>
        <translation>在此处</translation>
    </message>
    <message>
        <source>The thread is deleted {where}. This cannot be undone; Archive keeps it instead.</source>
        <translation>会话将{where}被删除。此操作无法撤销；归档可改为保留它。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Thread not deleted</source>
        <translation>会话未删除</translation>
    </message>
    <message>
        <source>“{title}” could not be deleted on the server; the local copy was kept.</source>
        <translation>无法在服务器上删除“{title}”；已保留本地副本。</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export thread</source>
        <translation>导出会话</translation>
    </message>
    <message>
        <source>Import thread from JSON</source>
        <translation>从 JSON 导入会话</translation>
    </message>
</context>
<context>
    <name>ThreadFiles</name>
    <message>
        <source>The file {path} could not be written ({error}).</source>
        <extracomment>why the server&apos;s copy could not be deleted (the local copy was kept); &quot;&quot; when deleted</extracomment>
        <translation>无法写入文件 {path}（{error}）。</translation>
    </message>
    <message>
        <source>The file {path} is too large to be a thread export.</source>
        <translation>文件 {path} 太大，不是会话导出文件。</translation>
    </message>
    <message>
        <source>The file {path} could not be read ({error}).</source>
        <translation>无法读取文件 {path}（{error}）。</translation>
    </message>
</context>
<context>
    <name>ThreadGroup</name>
    <message>
        <source>Pinned</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
</context>
<context>
    <name>ThreadListModel</name>
    <message>
        <source>Deleted on the server; the local copy is kept.</source>
        <translation>已在服务器上删除；本地副本仍保留。</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <extracomment>the MIME type of threads dragged from the list: their local ids, one per line (UTF-8) an inline edit (F2) asked for a new title: (thread id, title); the view-model persists it</extracomment>
        <translation>更新于 {time}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>No matches for “{query}”</source>
        <translation>没有与“{query}”匹配的结果</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 个匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>match: {snippet}</source>
        <translation>匹配：{snippet}</translation>
    </message>
    <message>
        <source>title matches</source>
        <translation>标题匹配</translation>
    </message>
    <message>
        <source>updated {time}</source>
        <translation>更新于 {time}</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <source>deleted on the server</source>
        <translation>已在服务器上删除</translation>
    </message>
</context>
<context>
    <name>ThreadListPanel</name>
    <message>
        <source>Search threads</source>
        <translation>搜索会话</translation>
    </message>
    <message>
        <source>Search every thread&apos;s title and messages (Ctrl+K)</source>
        <translation>搜索所有会话的标题和消息（Ctrl+K）</translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation>搜索（Ctrl+K）</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Show thread filters</source>
        <translation>显示会话筛选</translation>
    </message>
    <message>
        <source>Filter the threads by assistant, or also list archived ones</source>
        <translation>按助手筛选会话，或同时列出已归档的会话</translation>
    </message>
    <message>
        <source>Filter threads by assistant</source>
        <translation>按助手筛选会话</translation>
    </message>
    <message>
        <source>Show the threads of one assistant only</source>
        <translation>只显示一个助手的会话</translation>
    </message>
    <message>
        <source>Show arc&amp;hived</source>
        <translation>显示已归档(&amp;H)</translation>
    </message>
    <message>
        <source>Show archived threads</source>
        <translation>显示已归档的会话</translation>
    </message>
    <message>
        <source>Also list archived threads (in their own group)</source>
        <translation>同时列出已归档的会话（单独成组）</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Thread list problem</source>
        <translation>会话列表问题</translation>
    </message>
    <message>
        <source>&amp;Search threads</source>
        <translation>搜索会话(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open thread by id…</source>
        <translation>按 ID 打开会话(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import thread from JSON…</source>
        <translation>从 JSON 导入会话(&amp;I)…</translation>
    </message>
    <message>
        <source>Mo&amp;ve to folder…</source>
        <translation>移到文件夹(&amp;V)…</translation>
    </message>
    <message>
        <source>Move the selected (or open) thread to a folder</source>
        <translation>将所选（或已打开）的会话移到文件夹</translation>
    </message>
    <message>
        <source>&amp;Threads</source>
        <translation>会话(&amp;T)</translation>
    </message>
    <message>
        <source>Thread actions</source>
        <translation>会话操作</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>取消置顶(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>置顶(&amp;P)</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>取消归档(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>导出为 Markdown(&amp;M)…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>导出为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Copy remote id</source>
        <translation>复制远程 ID(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Copied {id}</source>
        <translation>已复制 {id}</translation>
    </message>
    <message>
        <source>All assistants</source>
        <translation>所有助手</translation>
    </message>
</context>
<context>
    <name>ThreadListView</name>
    <message>
        <source>Open the thread</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Pin or unpin</source>
        <translation>置顶或取消置顶</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Thread menu (export, archive, …)</source>
        <translation>会话菜单（导出、归档、…）</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10</source>
        <translation>菜单键或 Shift+F10</translation>
    </message>
</context>
<context>
    <name>ThreadListViewModel</name>
    <message>
        <source>The thread list could not be loaded.</source>
        <extracomment>only the threads in these folders (an empty list: in no folder; None: every thread)</extracomment>
        <translation>无法加载会话列表。</translation>
    </message>
    <message>
        <source>Search failed.</source>
        <translation>搜索失败。</translation>
    </message>
    <message>
        <source>The thread could not be changed.</source>
        <translation>无法更改会话。</translation>
    </message>
    <message>
        <source>A thread needs a title.</source>
        <translation>会话需要标题。</translation>
    </message>
</context>
<context>
    <name>ThreadResumeViewModel</name>
    <message>
        <source>This thread no longer exists on the server; the local copy is kept.</source>
        <translation>此会话在服务器上已不存在；本地副本仍保留。</translation>
    </message>
    <message>
        <source>This thread belongs to another profile, so it is shown read-only from the local copy: this profile&apos;s key cannot continue it. Switch to that profile to continue it.</source>
        <translation>此会话属于另一个配置文件，因此以只读方式从本地副本显示：此配置文件的密钥无法继续它。切换到该配置文件即可继续。</translation>
    </message>
    <message>
        <source>This is a local copy with no thread on the server (for example an imported duplicate), so it can be read but not continued.</source>
        <translation>这是一个在服务器上没有对应会话的本地副本（例如导入的副本），因此只能阅读，无法继续。</translation>
    </message>
    <message>
        <source>This thread was made with the {backend} API, so it is shown read-only from the local copy: the active profile uses the {active} API.</source>
        <translation>此会话是用 {backend} API 创建的，因此以只读方式从本地副本显示：当前配置文件使用 {active} API。</translation>
    </message>
    <message>
        <source>Paste a thread id.</source>
        <translation>请粘贴会话 ID。</translation>
    </message>
    <message>
        <source>A thread id has no spaces.</source>
        <translation>会话 ID 中不含空格。</translation>
    </message>
    <message>
        <source>“{text}” is an id of the {other} API; the active profile uses the {active} API, whose thread ids start with “{prefix}”.</source>
        <translation>“{text}”是 {other} API 的 ID；当前配置文件使用 {active} API，其会话 ID 以“{prefix}”开头。</translation>
    </message>
    <message>
        <source>A {api} API thread id starts with “{prefix}” (for example {prefix}abc123).</source>
        <translation>{api} API 的会话 ID 以“{prefix}”开头（例如 {prefix}abc123）。</translation>
    </message>
    <message>
        <source>The history could not be reloaded from the server; showing the local copy. {error}</source>
        <translation>无法从服务器重新加载历史记录；正在显示本地副本。{error}</translation>
    </message>
    <message>
        <source>The history could not be saved.</source>
        <translation>无法保存历史记录。</translation>
    </message>
    <message>
        <source>{error} Showing the local copy.</source>
        <translation>{error} 正在显示本地副本。</translation>
    </message>
    <message>
        <source>Thread not opened</source>
        <translation>会话未打开</translation>
    </message>
    <message>
        <source>The thread {remote_id} could not be opened.</source>
        <translation>无法打开会话 {remote_id}。</translation>
    </message>
    <message>
        <source>Thread {remote_id}</source>
        <translation>会话 {remote_id}</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Notification</source>
        <translation>通知</translation>
    </message>
</context>
<context>
    <name>ToolApprovalDialog</name>
    <message>
        <source>Run {tool_name}?</source>
        <translation>运行 {tool_name}？</translation>
    </message>
    <message>
        <source>Approve a tool call</source>
        <translation>批准工具调用</translation>
    </message>
    <message>
        <source>The assistant wants to run &lt;b&gt;{tool}&lt;/b&gt; on the remote MCP server &lt;b&gt;{server}&lt;/b&gt;.</source>
        <translation>助手想在远程 MCP 服务器 &lt;b&gt;{server}&lt;/b&gt; 上运行 &lt;b&gt;{tool}&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>The assistant wants to run &lt;b&gt;{tool}&lt;/b&gt; on the MCP server &lt;b&gt;{server}&lt;/b&gt;.</source>
        <translation>助手想在 MCP 服务器 &lt;b&gt;{server}&lt;/b&gt; 上运行 &lt;b&gt;{tool}&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>The server says this tool only reads.</source>
        <translation>服务器表示此工具只读取数据。</translation>
    </message>
    <message>
        <source>What the assistant wants to run</source>
        <translation>助手想要运行的内容</translation>
    </message>
    <message>
        <source>&amp;Arguments (you may edit them)</source>
        <translation>参数(&amp;A)（可编辑）</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Arguments check</source>
        <translation>参数检查</translation>
    </message>
    <message>
        <source>&amp;Message to the assistant if you deny (optional)</source>
        <translation>拒绝时给助手的消息（可选）(&amp;M)</translation>
    </message>
    <message>
        <source>Message to the assistant</source>
        <translation>给助手的消息</translation>
    </message>
    <message>
        <source>Allow &amp;once</source>
        <translation>允许一次(&amp;O)</translation>
    </message>
    <message>
        <source>Run this call</source>
        <translation>运行此调用</translation>
    </message>
    <message>
        <source>Allow for this &amp;thread</source>
        <translation>在此会话中允许(&amp;T)</translation>
    </message>
    <message>
        <source>Run this tool&apos;s calls in this conversation without asking</source>
        <translation>在此对话中无需询问即可运行此工具的调用</translation>
    </message>
    <message>
        <source>Al&amp;ways allow this tool</source>
        <translation>始终允许此工具(&amp;W)</translation>
    </message>
    <message>
        <source>Never ask again for this tool (saved in the assistant)</source>
        <translation>此工具不再询问（保存在助手中）</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>拒绝(&amp;D)</translation>
    </message>
    <message>
        <source>Do not run it; the assistant is told</source>
        <translation>不运行；会告知助手</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>有效的 JSON。</translation>
    </message>
</context>
<context>
    <name>ToolOutputDialog</name>
    <message>
        <source>Type or paste the output the function returned.</source>
        <translation>输入或粘贴函数返回的输出。</translation>
    </message>
    <message>
        <source>Not valid JSON ({problem}, line {line}); it will be sent as plain text.</source>
        <translation>不是有效的 JSON（{problem}，第 {line} 行）；将作为纯文本发送。</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>有效的 JSON。</translation>
    </message>
    <message>
        <source>Output of {name}</source>
        <translation>{name} 的输出</translation>
    </message>
    <message>
        <source>Function call output</source>
        <translation>函数调用输出</translation>
    </message>
    <message>
        <source>The assistant called the function &lt;b&gt;{name}&lt;/b&gt;. Run it yourself and give its output; the reply continues with it.</source>
        <translation>助手调用了函数 &lt;b&gt;{name}&lt;/b&gt;。请自行运行并提供其输出；回复会据此继续。</translation>
    </message>
    <message>
        <source>&amp;Arguments</source>
        <translation>参数(&amp;A)</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>输出(&amp;O)</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>For example {&quot;temperature&quot;: 21, &quot;unit&quot;: &quot;C&quot;}</source>
        <translation>例如 {&quot;temperature&quot;: 21, &quot;unit&quot;: &quot;C&quot;}</translation>
    </message>
    <message>
        <source>Output hint</source>
        <translation>输出提示</translation>
    </message>
    <message>
        <source>&amp;Send output</source>
        <translation>发送输出(&amp;S)</translation>
    </message>
    <message>
        <source>Send output</source>
        <translation>发送输出</translation>
    </message>
    <message>
        <source>Send this output to the assistant (Ctrl+Enter)</source>
        <translation>将此输出发送给助手（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>拒绝(&amp;D)</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Tell the assistant the function was not run</source>
        <translation>告诉助手该函数未运行</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Close; the call keeps waiting (Esc)</source>
        <translation>关闭；调用仍在等待（Esc）</translation>
    </message>
</context>
<context>
    <name>ToolRow</name>
    <message>
        <source>Ask first</source>
        <translation>先询问</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>始终允许</translation>
    </message>
    <message>
        <source>Use {name}</source>
        <translation>使用 {name}</translation>
    </message>
    <message>
        <source>Approval for {name}</source>
        <translation>{name} 的批准方式</translation>
    </message>
    <message>
        <source>Ask before each call, or let calls of this tool run without asking</source>
        <translation>每次调用前询问，或让此工具的调用无需询问即可运行</translation>
    </message>
</context>
<context>
    <name>ToolsDialogs</name>
    <message>
        <source>Remove MCP server</source>
        <translation>移除 MCP 服务器</translation>
    </message>
    <message>
        <source>Remove the MCP server “{name}”?</source>
        <translation>移除 MCP 服务器“{name}”？</translation>
    </message>
    <message>
        <source>It is stopped, and its secrets are removed from the keyring.</source>
        <translation>它会被停止，其密钥会从钥匙串中移除。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>移除服务器</translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <source>MCP servers give assistants tools. Add a server here, then choose which assistant may use its tools in the assistant&apos;s form (Tools from MCP servers). Every call is shown to you before it runs.</source>
        <translation>MCP 服务器为助手提供工具。在此添加服务器，然后在助手表单（MCP 服务器的工具）中选择哪个助手可以使用其工具。每次调用在运行前都会显示给你。</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP 服务器</translation>
    </message>
    <message>
        <source>Selected server</source>
        <translation>所选服务器</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add an MCP server</source>
        <translation>添加 MCP 服务器</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected server</source>
        <translation>更改所选服务器</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected server</source>
        <translation>移除所选服务器</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>Start the selected server and list its tools</source>
        <translation>启动所选服务器并列出其工具</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>重新启动(&amp;S)</translation>
    </message>
    <message>
        <source>Stop the selected server and start it again</source>
        <translation>停止所选服务器并重新启动</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>No server yet: Add one.</source>
        <translation>还没有服务器：请添加一个。</translation>
    </message>
</context>
<context>
    <name>VariableRow</name>
    <message>
        <source>{what} name</source>
        <translation>{what}名称</translation>
    </message>
    <message>
        <source>{what} value</source>
        <translation>{what}值</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>{what} is a secret</source>
        <translation>{what}为机密</translation>
    </message>
    <message>
        <source>Keep the value in the system keyring, never in the settings file</source>
        <translation>将值保存在系统钥匙串中，绝不写入设置文件</translation>
    </message>
    <message>
        <source>Remove {what}</source>
        <translation>移除{what}</translation>
    </message>
    <message>
        <source>Remove this {what}</source>
        <translation>移除此{what}</translation>
    </message>
</context>
<context>
    <name>VariablesEditor</name>
    <message>
        <source>Add {what}</source>
        <translation>添加{what}</translation>
    </message>
</context>
<context>
    <name>VariablesForm</name>
    <message>
        <source>Fill in the prompt</source>
        <translation>填写提示词</translation>
    </message>
    <message>
        <source>“{title}” has blanks to fill in before it goes into the message box.</source>
        <translation>“{title}”中有需要填写的空白，填写后才会放入消息框。</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}：</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Insert the prompt</source>
        <translation>插入提示词</translation>
    </message>
</context>
<context>
    <name>VectorStoresViewModel</name>
    <message>
        <source>Loading vector stores…</source>
        <translation>正在加载向量存储…</translation>
    </message>
    <message>
        <source>Could not list vector stores.</source>
        <translation>无法列出向量存储。</translation>
    </message>
    <message>
        <source>No vector stores yet: create one.</source>
        <translation>还没有向量存储：请创建一个。</translation>
    </message>
    <message>
        <source>Name the new vector store.</source>
        <translation>请为新的向量存储命名。</translation>
    </message>
    <message>
        <source>Creating “{name}”…</source>
        <translation>正在创建“{name}”…</translation>
    </message>
    <message>
        <source>Could not create the vector store.</source>
        <translation>无法创建向量存储。</translation>
    </message>
    <message>
        <source>Created {label}.</source>
        <translation>已创建 {label}。</translation>
    </message>
    <message>
        <source>New vector store</source>
        <translation>新建向量存储</translation>
    </message>
    <message>
        <source>Name of the new vector store:</source>
        <translation>新向量存储的名称：</translation>
    </message>
    <message>
        <source>Add files to the vector store</source>
        <translation>向向量存储添加文件</translation>
    </message>
    <message>
        <source>Choose or create a vector store first.</source>
        <translation>请先选择或创建一个向量存储。</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n file(s)…</source>
        <translation>
            <numerusform>正在上传 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add the files.</source>
        <translation>无法添加文件。</translation>
    </message>
    <message numerus="yes">
        <source>Added %n file(s) to {store}.</source>
        <translation>
            <numerusform>已向 {store} 添加 %n 个文件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewModel</name>
    <message>
        <source>{failure} Unexpected error: {error}</source>
        <translation>{failure} 意外错误：{error}</translation>
    </message>
</context>
<context>
    <name>_Ago</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_BadgeWords</name>
    <message numerus="yes">
        <source>%n function(s)</source>
        <translation>
            <numerusform>%n 个函数</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_CompareWords</name>
    <message numerus="yes">
        <source>Keep all: each of the %n thread(s) is listed with its prompt and reply. Discard: they are deleted here and on the server.</source>
        <translation>
            <numerusform>全部保留：%n 个会话都会连同其提示词和回复列出。丢弃：它们会在本地和服务器上被删除。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_LeftOutWords</name>
    <message numerus="yes">
        <source>%n tool call(s)</source>
        <translation>
            <numerusform>%n 个工具调用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) made by a tool</source>
        <translation>
            <numerusform>%n 张由工具生成的图片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n 个附件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views.assistants.field</name>
    <message>
        <source>{field_name} error</source>
        <translation>{field_name} 错误</translation>
    </message>
</context>
</TS>
