<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app_name}</source>
        <translation>{app_name} について</translation>
    </message>
    <message>
        <source>{app_name} icon</source>
        <translation>{app_name} のアイコン</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{app_name}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{app_name}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>アプリケーション名</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>バージョン {version}</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>アプリケーションのバージョン</translation>
    </message>
    <message>
        <source>Conversations with AI assistants, on your desktop.</source>
        <translation>AI アシスタントとの会話を、あなたのデスクトップで。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{homepage}&quot;&gt;{homepage}&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;{homepage}&quot;&gt;{homepage}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>ホームページ</translation>
    </message>
    <message>
        <source>Open the project&apos;s homepage in your web browser</source>
        <translation>プロジェクトのホームページを Web ブラウザーで開く</translation>
    </message>
    <message>
        <source>Released under the {license_name} licence.</source>
        <translation>{license_name} ライセンスで公開されています。</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Component versions</source>
        <translation>コンポーネントのバージョン</translation>
    </message>
    <message>
        <source>The versions of BelugaDesk and the software it uses</source>
        <translation>BelugaDesk とそれが使うソフトウェアのバージョン</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>バージョンをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>バージョンをコピー</translation>
    </message>
    <message>
        <source>Copy the versions to the clipboard, to paste into a bug report</source>
        <translation>バグ報告に貼り付けるため、バージョンをクリップボードにコピー</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>状態をコピー</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>クリップボードにコピーしました。</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>Follow the &amp;system</source>
        <translation>システムに合わせる(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>ブルー</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>ティール</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>グリーン</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>バイオレット</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>ピンク</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>オレンジ</translation>
    </message>
    <message>
        <source>Graphite</source>
        <translation>グラファイト</translation>
    </message>
    <message>
        <source>Colour scheme: {scheme}</source>
        <translation>配色: {scheme}</translation>
    </message>
    <message>
        <source>Accent colour: {colour}</source>
        <translation>アクセントカラー: {colour}</translation>
    </message>
    <message>
        <source>{colour} accent</source>
        <translation>{colour}のアクセント</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>フォントサイズ</translation>
    </message>
    <message>
        <source>The size of text in the whole window, in points</source>
        <translation>ウィンドウ全体の文字サイズ(ポイント)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The language of the window&apos;s text; it changes when BelugaDesk starts again</source>
        <translation>ウィンドウのテキストの言語。BelugaDesk を次に起動したときに変わります</translation>
    </message>
    <message>
        <source>Takes effect after a restart.</source>
        <translation>再起動後に反映されます。</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>配色</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>アクセントカラー</translation>
    </message>
    <message>
        <source>&amp;Font size</source>
        <translation>フォントサイズ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The network client could not be loaded.</source>
        <extracomment>asks what to do with a database that cannot be used (tests may replace it)</extracomment>
        <translation>ネットワーククライアントを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The keyring could not be opened.</source>
        <translation>キーリングを開けませんでした。</translation>
    </message>
    <message>
        <source>The message renderer could not be loaded.</source>
        <translation>メッセージの描画機能を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The backup chosen in Settings → Data was not restored. {reason}</source>
        <translation>設定 → データで選んだバックアップは復元されませんでした。{reason}</translation>
    </message>
    <message>
        <source>The daily backup was not made.</source>
        <translation>毎日のバックアップは作成されませんでした。</translation>
    </message>
</context>
<context>
    <name>AssistantDelegate</name>
    <message>
        <source>Code interpreter</source>
        <translation>コードインタープリター</translation>
    </message>
    <message>
        <source>File search</source>
        <translation>ファイル検索</translation>
    </message>
</context>
<context>
    <name>AssistantDialogs</name>
    <message>
        <source>BelugaDesk assistant (*.json);;All files (*)</source>
        <translation>BelugaDesk アシスタント (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Delete assistant?</source>
        <translation>アシスタントを削除しますか?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete assistant</source>
        <translation>アシスタントを削除</translation>
    </message>
    <message>
        <source>Export assistant</source>
        <translation>アシスタントをエクスポート</translation>
    </message>
    <message>
        <source>Import assistant</source>
        <translation>アシスタントをインポート</translation>
    </message>
</context>
<context>
    <name>AssistantFormDialog</name>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>JSON オブジェクト</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>JSON スキーマ</translation>
    </message>
    <message>
        <source>&amp;Advanced: sampling, reasoning, response format, metadata</source>
        <translation>詳細設定(&amp;A): サンプリング、推論、応答形式、メタデータ</translation>
    </message>
    <message>
        <source>Temperature, Top P, stop sequences, seed and reasoning effort, a JSON response format, and metadata key–value pairs</source>
        <translation>温度、Top P、停止シーケンス、シード、推論の強さ、JSON 応答形式、メタデータのキーと値の組</translation>
    </message>
    <message>
        <source>Save assistant</source>
        <translation>アシスタントを保存</translation>
    </message>
    <message>
        <source>Save the assistant (Ctrl+S)</source>
        <translation>アシスタントを保存(Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Form status</source>
        <translation>フォームの状態</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Required, up to {name_max} characters</source>
        <translation>必須、最大 {name_max} 文字</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Optional, up to {description_max} characters</source>
        <translation>任意、最大 {description_max} 文字</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>説明(&amp;D)</translation>
    </message>
    <message>
        <source>Conversation starters</source>
        <translation>会話のきっかけ</translation>
    </message>
    <message>
        <source>Optional: up to {starters_max} suggested first messages, one per line, shown in an empty chat</source>
        <translation>任意: 空のチャットに表示される最初のメッセージの候補を最大 {starters_max} 個、1 行に 1 つ</translation>
    </message>
    <message>
        <source>One suggested first message per line</source>
        <translation>1 行に 1 つ、最初のメッセージの候補</translation>
    </message>
    <message>
        <source>Con&amp;versation starters</source>
        <translation>会話のきっかけ(&amp;V)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Choose a model from the server&apos;s list, or type any model name</source>
        <translation>サーバーの一覧からモデルを選ぶか、任意のモデル名を入力</translation>
    </message>
    <message>
        <source>Model list status</source>
        <translation>モデル一覧の状態</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>指示</translation>
    </message>
    <message>
        <source>The system instructions the assistant follows (up to 256,000 characters)</source>
        <translation>アシスタントが従うシステム指示(最大 256,000 文字)</translation>
    </message>
    <message>
        <source>&amp;Instructions</source>
        <translation>指示(&amp;I)</translation>
    </message>
    <message>
        <source>Monospace</source>
        <translation>等幅</translation>
    </message>
    <message>
        <source>Show instructions in a monospace font</source>
        <translation>指示を等幅フォントで表示</translation>
    </message>
    <message>
        <source>Show the instructions in a fixed-width font</source>
        <translation>指示を固定幅フォントで表示</translation>
    </message>
    <message>
        <source>Instructions character count</source>
        <translation>指示の文字数</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>サンプリング</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>0–2: higher is more varied, lower more focused</source>
        <translation>0–2: 高いほど多様、低いほど的を絞る</translation>
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
        <translation>0–1: 最も可能性の高いトークンからのみ選ぶ</translation>
    </message>
    <message>
        <source>Top &amp;P</source>
        <translation>Top P(&amp;P)</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>停止シーケンス</translation>
    </message>
    <message>
        <source>Up to 4 texts that end the reply, one a line (write \n for a new line, \t for a tab)</source>
        <translation>応答を終わらせるテキストを最大 4 つ、1 行に 1 つ(改行は \n、タブは \t と書きます)</translation>
    </message>
    <message>
        <source>One a line, e.g. \n\nUser:</source>
        <translation>1 行に 1 つ(例: \n\nUser:)</translation>
    </message>
    <message>
        <source>Stop se&amp;quences</source>
        <translation>停止シーケンス(&amp;Q)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>A whole number: the same seed and request give the same reply where it can</source>
        <translation>整数: 同じシードと同じリクエストなら、可能な限り同じ応答になります</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>シード(&amp;E)</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>モデルの既定値</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>推論の強さ</translation>
    </message>
    <message>
        <source>How much a reasoning model (o-series, gpt-5) thinks before it answers; other models refuse it</source>
        <translation>推論モデル(o シリーズ、gpt-5)が回答前にどれだけ考えるか。ほかのモデルでは使えません</translation>
    </message>
    <message>
        <source>&amp;Reasoning effort</source>
        <translation>推論の強さ(&amp;R)</translation>
    </message>
    <message>
        <source>Response format</source>
        <translation>応答形式</translation>
    </message>
    <message>
        <source>Plain text, any JSON object, or JSON that matches a schema</source>
        <translation>プレーンテキスト、任意の JSON オブジェクト、またはスキーマに合う JSON</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>形式(&amp;F)</translation>
    </message>
    <message>
        <source>Schema name</source>
        <translation>スキーマ名</translation>
    </message>
    <message>
        <source>1–64 letters, digits, underscores or hyphens</source>
        <translation>1～64 文字の英字、数字、アンダースコア、ハイフン</translation>
    </message>
    <message>
        <source>Strict (the reply always matches the schema)</source>
        <translation>厳格(応答は常にスキーマに従う)</translation>
    </message>
    <message>
        <source>Schema strict mode</source>
        <translation>スキーマの厳格モード</translation>
    </message>
    <message>
        <source>Strict mode needs every property required and additionalProperties false</source>
        <translation>厳格モードでは、すべてのプロパティを必須にし、additionalProperties を false にする必要があります</translation>
    </message>
    <message>
        <source>Response schema</source>
        <translation>応答スキーマ</translation>
    </message>
    <message>
        <source>Sc&amp;hema</source>
        <translation>スキーマ(&amp;H)</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>メタデータ</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Code interpreter</source>
        <translation>コードインタープリター</translation>
    </message>
    <message>
        <source>Let the assistant write and run Python code</source>
        <translation>アシスタントに Python コードを書いて実行させる</translation>
    </message>
    <message>
        <source>F&amp;unctions the assistant may call</source>
        <translation>アシスタントが呼び出せる関数(&amp;U)</translation>
    </message>
    <message>
        <source>Why {key} is unavailable</source>
        <translation>{key} を使えない理由</translation>
    </message>
    <message>
        <source>Loading models…</source>
        <translation>モデルを読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) available; any other name can be typed.</source>
        <translation>
            <numerusform>%n 個のモデルを利用できます。ほかの名前も入力できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>To save: {first_error}</source>
        <translation>保存するには: {first_error}</translation>
    </message>
</context>
<context>
    <name>AssistantFormViewModel</name>
    <message>
        <source>New assistant</source>
        <translation>新しいアシスタント</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>「{name}」を編集</translation>
    </message>
    <message>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} 文字</translation>
    </message>
    <message>
        <source>The schema is valid.</source>
        <translation>スキーマは有効です。</translation>
    </message>
    <message>
        <source>Could not load the model list: {error} You can still type a model name.</source>
        <translation>モデル一覧を読み込めませんでした: {error} モデル名は入力できます。</translation>
    </message>
    <message>
        <source>Could not save the assistant.</source>
        <translation>アシスタントを保存できませんでした。</translation>
    </message>
    <message>
        <source>Saved on this computer, but the assistant could not be created on the server: {error}</source>
        <translation>このコンピューターには保存しましたが、サーバー上でアシスタントを作成できませんでした: {error}</translation>
    </message>
    <message>
        <source>Saved on this computer, but the assistant could not be updated on the server: {error}</source>
        <translation>このコンピューターには保存しましたが、サーバー上のアシスタントを更新できませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>AssistantListModel</name>
    <message>
        <source>code interpreter</source>
        <translation>コードインタープリター</translation>
    </message>
    <message>
        <source>file search</source>
        <translation>ファイル検索</translation>
    </message>
    <message numerus="yes">
        <source>%n function(s)</source>
        <translation>
            <numerusform>%n 個の関数</numerusform>
        </translation>
    </message>
    <message>
        <source>no tools</source>
        <translation>ツールなし</translation>
    </message>
    <message>
        <source>Tools: {tools}</source>
        <translation>ツール: {tools}</translation>
    </message>
</context>
<context>
    <name>AssistantListPane</name>
    <message>
        <source>&amp;Assistants</source>
        <translation>アシスタント(&amp;A)</translation>
    </message>
    <message>
        <source>Search assistants</source>
        <translation>アシスタントを検索</translation>
    </message>
    <message>
        <source>Filter by name, description or model</source>
        <translation>名前、説明、モデルで絞り込み</translation>
    </message>
    <message>
        <source>Sort assistants by</source>
        <translation>アシスタントの並べ替え</translation>
    </message>
    <message>
        <source>Sort by name or by when the assistant was last used</source>
        <translation>名前順、または最後に使った順に並べ替え</translation>
    </message>
    <message>
        <source>Assistants</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>Assistant library status</source>
        <translation>アシスタントライブラリの状態</translation>
    </message>
    <message>
        <source>&amp;New assistant…</source>
        <translation>新しいアシスタント(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an assistant</source>
        <translation>アシスタントを作成</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected assistant</source>
        <translation>選択したアシスタントを編集</translation>
    </message>
    <message>
        <source>New &amp;thread with this assistant</source>
        <translation>このアシスタントで新しいスレッド(&amp;T)</translation>
    </message>
    <message>
        <source>Start a new thread with it</source>
        <translation>このアシスタントで新しいスレッドを始める</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>Copy it</source>
        <translation>複製する</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the assistant</source>
        <translation>アシスタントを削除</translation>
    </message>
    <message>
        <source>E&amp;xport as JSON…</source>
        <translation>JSON としてエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Save it as a JSON file</source>
        <translation>JSON ファイルとして保存</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>JSON からインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Add one from a file</source>
        <translation>ファイルから追加</translation>
    </message>
    <message>
        <source>Import from &amp;server…</source>
        <translation>サーバーからインポート(&amp;S)…</translation>
    </message>
    <message>
        <source>Import assistants defined on the server</source>
        <translation>サーバー上で定義されたアシスタントをインポート</translation>
    </message>
</context>
<context>
    <name>AssistantListViewModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最終使用</translation>
    </message>
    <message>
        <source>The assistant&apos;s last use could not be saved.</source>
        <translation>アシスタントの最終使用日時を保存できませんでした。</translation>
    </message>
    <message>
        <source>Saved “{name}” (version {version}).</source>
        <translation>「{name}」を保存しました(バージョン {version})。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n assistant(s) from the server.</source>
        <translation>
            <numerusform>サーバーから %n 個のアシスタントをインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” was not deleted.</source>
        <translation>「{name}」は削除されませんでした。</translation>
    </message>
    <message>
        <source>Created “{name}”.</source>
        <translation>「{name}」を作成しました。</translation>
    </message>
    <message>
        <source>No thread uses it.</source>
        <translation>このアシスタントを使っているスレッドはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s) use it; they keep their messages.</source>
        <translation>
            <numerusform>%n 個のスレッドが使用しています。メッセージはそのまま残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the assistant “{name}”?</source>
        <translation>アシスタント「{name}」を削除しますか?</translation>
    </message>
    <message>
        <source>the assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>「{name}」を削除しました。</translation>
    </message>
    <message>
        <source>Exported “{name}” to {file}.</source>
        <translation>「{name}」を {file} にエクスポートしました。</translation>
    </message>
    <message>
        <source>{name} cannot be imported: {key}: {message}</source>
        <translation>{name} をインポートできません: {key}: {message}</translation>
    </message>
    <message>
        <source>Imported “{name}”.</source>
        <translation>「{name}」をインポートしました。</translation>
    </message>
</context>
<context>
    <name>AssistantPicker</name>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>The assistant of new chats</source>
        <translation>新しいチャットのアシスタント</translation>
    </message>
    <message>
        <source>Assistant &amp;library</source>
        <translation>アシスタントライブラリ(&amp;L)</translation>
    </message>
    <message>
        <source>Show every assistant with search, sorting and tool badges</source>
        <translation>検索、並べ替え、ツールバッジ付きですべてのアシスタントを表示</translation>
    </message>
    <message>
        <source>Assistant actions</source>
        <translation>アシスタントの操作</translation>
    </message>
    <message>
        <source>New, edit, duplicate, delete, export and import assistants</source>
        <translation>アシスタントの作成、編集、複製、削除、エクスポート、インポート</translation>
    </message>
</context>
<context>
    <name>AssistantValidation</name>
    <message>
        <source>At most {limit} stop sequences are allowed (one a line); there are {count}.</source>
        <extracomment>turns a marked English sentence into the person&apos;s language (the view-model passes Qt&apos;s; English here)</extracomment>
        <translation>停止シーケンスは最大 {limit} 個までです(1 行に 1 つ)。現在 {count} 個あります。</translation>
    </message>
    <message>
        <source>The seed must be a whole number (64-bit), or empty for none.</source>
        <translation>シードは整数(64 ビット)にするか、空欄にしてください。</translation>
    </message>
    <message>
        <source>At most {limit} conversation starters are shown; there are {count}.</source>
        <translation>表示される会話のきっかけは最大 {limit} 個です。現在 {count} 個あります。</translation>
    </message>
    <message>
        <source>Starter {number} is longer than {limit} characters; keep each to one short request.</source>
        <translation>きっかけ {number} が {limit} 文字を超えています。それぞれ短い依頼 1 つにしてください。</translation>
    </message>
    <message>
        <source>{label} must be between {low} and {high} (or unset to use the model&apos;s default).</source>
        <translation>{label}は {low}～{high} の範囲にしてください(未設定ならモデルの既定値を使います)。</translation>
    </message>
    <message>
        <source>{label} is {length} characters long; the limit is {limit}.</source>
        <translation>{label}は {length} 文字あります。上限は {limit} 文字です。</translation>
    </message>
    <message>
        <source>At most {limit} metadata pairs are allowed (BelugaDesk keeps two for itself on this profile); there are {count}.</source>
        <translation>メタデータの組は最大 {limit} 個までです(このプロファイルでは BelugaDesk が 2 つを使います)。現在 {count} 個あります。</translation>
    </message>
    <message>
        <source>At most {limit} metadata pairs are allowed; there are {count}.</source>
        <translation>メタデータの組は最大 {limit} 個までです。現在 {count} 個あります。</translation>
    </message>
    <message>
        <source>Row {row}: enter a key (or remove the row).</source>
        <translation>{row} 行目: キーを入力してください(または行を削除してください)。</translation>
    </message>
    <message>
        <source>Row {row}: the key “{key}” is reserved for BelugaDesk.</source>
        <translation>{row} 行目: キー「{key}」は BelugaDesk 用に予約されています。</translation>
    </message>
    <message>
        <source>Row {row}: the key is {length} characters; the limit is {limit}.</source>
        <translation>{row} 行目: キーが {length} 文字あります。上限は {limit} 文字です。</translation>
    </message>
    <message>
        <source>Row {row}: the value is {length} characters; the limit is {limit}.</source>
        <translation>{row} 行目: 値が {length} 文字あります。上限は {limit} 文字です。</translation>
    </message>
    <message>
        <source>Row {row}: the key “{key}” is used twice.</source>
        <translation>{row} 行目: キー「{key}」が重複しています。</translation>
    </message>
    <message>
        <source>Use 1–64 letters, digits, underscores or hyphens.</source>
        <translation>1～64 文字の英字、数字、アンダースコア、ハイフンを使ってください。</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>名前を入力してください。</translation>
    </message>
    <message>
        <source>Another function is already called “{name}”.</source>
        <translation>「{name}」という名前の関数はすでにあります。</translation>
    </message>
    <message>
        <source>Fix function {which}.</source>
        <translation>関数 {which} を修正してください。</translation>
    </message>
    <message>
        <source>Fix functions {which}.</source>
        <translation>関数 {which} を修正してください。</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>The instructions</source>
        <translation>指示</translation>
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
        <translation>モデルを選ぶか入力してください。</translation>
    </message>
    <message>
        <source>Name the schema with 1–64 letters, digits, underscores or hyphens.</source>
        <translation>スキーマ名は 1～64 文字の英字、数字、アンダースコア、ハイフンにしてください。</translation>
    </message>
</context>
<context>
    <name>AsyncKeys</name>
    <message>
        <source>From the OPENAI_API_KEY environment variable</source>
        <translation>環境変数 OPENAI_API_KEY から</translation>
    </message>
    <message>
        <source>Kept for this session only (not saved)</source>
        <translation>このセッションのみ保持(保存されません)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Stored in {keyring}</source>
        <translation>{keyring} に保存</translation>
    </message>
</context>
<context>
    <name>AttachmentListModel</name>
    <message>
        <source>image</source>
        <translation>画像</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <source>Upload state of {name}</source>
        <translation>{name} のアップロード状態</translation>
    </message>
    <message>
        <source>Uploading {name}</source>
        <translation>{name} をアップロード中</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>アップロード中…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>失敗: {error}</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Retry uploading {name}</source>
        <translation>{name} のアップロードを再試行</translation>
    </message>
    <message>
        <source>Upload this file again</source>
        <translation>このファイルをもう一度アップロード</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} を削除</translation>
    </message>
    <message>
        <source>Remove {name} from the message</source>
        <translation>{name} をメッセージから削除</translation>
    </message>
    <message>
        <source>Use {name} with</source>
        <translation>{name} の用途</translation>
    </message>
    <message>
        <source>An image in the message is seen by the model; file search reads the file to answer; the code interpreter can run code on it</source>
        <translation>メッセージ内の画像はモデルが見ます。ファイル検索は回答のためにファイルを読み、コードインタープリターはそれに対してコードを実行できます</translation>
    </message>
</context>
<context>
    <name>AttachmentsBar</name>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
</context>
<context>
    <name>BehaviourPage</name>
    <message>
        <source>Sending messages</source>
        <translation>メッセージの送信</translation>
    </message>
    <message>
        <source>&amp;Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter で送信、Shift+Enter で改行(&amp;E)</translation>
    </message>
    <message>
        <source>Enter sends</source>
        <translation>Enter で送信</translation>
    </message>
    <message>
        <source>&amp;Ctrl+Enter sends, Enter starts a new line</source>
        <translation>Ctrl+Enter で送信、Enter で改行(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends</source>
        <translation>Ctrl+Enter で送信</translation>
    </message>
</context>
<context>
    <name>BranchBar</name>
    <message>
        <source>Branched from</source>
        <translation>分岐元</translation>
    </message>
    <message>
        <source>Branches of this thread</source>
        <translation>このスレッドの分岐</translation>
    </message>
</context>
<context>
    <name>BranchLinksViewModel</name>
    <message>
        <source>Branched from a thread that has been deleted</source>
        <translation>削除されたスレッドから分岐</translation>
    </message>
    <message>
        <source>Branched from “{title}”</source>
        <translation>「{title}」から分岐</translation>
    </message>
    <message numerus="yes">
        <source>Branches (%n):</source>
        <translation>
            <numerusform>分岐(%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>The branches of this thread could not be read.</source>
        <translation>このスレッドの分岐を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>Branching</name>
    <message>
        <source>{title} (branch)</source>
        <translation>{title}(分岐)</translation>
    </message>
    <message>
        <source>The branch shows the whole history, but this API could not copy {items} into the new thread, so the assistant will not see them there.</source>
        <translation>分岐には履歴全体が表示されますが、この API では {items} を新しいスレッドにコピーできなかったため、アシスタントはそこでそれらを参照できません。</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <source>Add model</source>
        <translation>モデルを追加</translation>
    </message>
    <message>
        <source>Add a context budget</source>
        <translation>コンテキスト予算を追加</translation>
    </message>
    <message>
        <source>Add a row and start typing the model&apos;s name</source>
        <translation>行を追加してモデル名を入力</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the context budget</source>
        <translation>コンテキスト予算を削除</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>選択した行を削除</translation>
    </message>
</context>
<context>
    <name>ChatActions</name>
    <message>
        <source>That file lives in the code interpreter&apos;s sandbox; right-click the image to save it.</source>
        <translation>そのファイルはコードインタープリターのサンドボックス内にあります。画像を右クリックして保存してください。</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>応答を停止</translation>
    </message>
    <message>
        <source>Regenerate the last reply</source>
        <translation>最後の応答を再生成</translation>
    </message>
    <message>
        <source>Ask again for the last reply. On the Responses API the server&apos;s conversation keeps the earlier reply, so the model sees it as context.</source>
        <translation>最後の応答をもう一度求めます。Responses API では、サーバー上の会話に以前の応答が残るため、モデルはそれをコンテキストとして参照します。</translation>
    </message>
    <message>
        <source>Edit the last message</source>
        <translation>最後のメッセージを編集</translation>
    </message>
    <message>
        <source>Copy the last reply</source>
        <translation>最後の応答をコピー</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>ファイルを添付…</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>最新のメッセージへ移動</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Branch from here</source>
        <translation>ここから分岐</translation>
    </message>
    <message>
        <source>A new thread with the history up to the selected message (the last one if none is selected)</source>
        <translation>選択したメッセージ(選択がなければ最後のメッセージ)までの履歴を持つ新しいスレッド</translation>
    </message>
    <message>
        <source>Cancel the edit</source>
        <translation>編集をキャンセル</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>メッセージをコピー</translation>
    </message>
    <message>
        <source>Copy the message as Markdown</source>
        <translation>メッセージを Markdown としてコピー</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分岐</translation>
    </message>
    <message>
        <source>Branch from here: a new thread with the history up to this message</source>
        <translation>ここから分岐: このメッセージまでの履歴を持つ新しいスレッド</translation>
    </message>
    <message>
        <source>Empty the message box first: editing puts your last message there.</source>
        <translation>先にメッセージ欄を空にしてください。編集すると最後のメッセージがそこに入ります。</translation>
    </message>
    <message>
        <source>Empty the message box first: editing puts the message there.</source>
        <translation>先にメッセージ欄を空にしてください。編集するとメッセージがそこに入ります。</translation>
    </message>
    <message>
        <source>Copied the last reply.</source>
        <translation>最後の応答をコピーしました。</translation>
    </message>
    <message>
        <source>Message menu</source>
        <translation>メッセージメニュー</translation>
    </message>
    <message>
        <source>Copy selection</source>
        <translation>選択範囲をコピー</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>the buttons of a message&apos;s hover bar: each runs what a menu entry or shortcut already does</extracomment>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Put your last message back in the box to change it; sending it makes a branch</source>
        <translation>最後のメッセージを入力欄に戻して変更します。送信すると分岐が作られます</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Markdown としてコピー</translation>
    </message>
    <message>
        <source>Copy raw text</source>
        <translation>元のテキストをコピー</translation>
    </message>
    <message>
        <source>Select text</source>
        <translation>テキストを選択</translation>
    </message>
    <message>
        <source>Save image as…</source>
        <translation>名前を付けて画像を保存…</translation>
    </message>
    <message>
        <source>Edit in a branch…</source>
        <translation>分岐で編集…</translation>
    </message>
    <message>
        <source>Change this message and send it in a new branch; this thread stays</source>
        <translation>このメッセージを変更して新しい分岐で送信します。このスレッドはそのまま残ります</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
</context>
<context>
    <name>ChatAttachments</name>
    <message>
        <source>File search</source>
        <translation>ファイル検索</translation>
    </message>
    <message>
        <source>Code interpreter</source>
        <translation>コードインタープリター</translation>
    </message>
    <message>
        <source>Image in the message</source>
        <translation>メッセージ内の画像</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}.</source>
        <translation>{name} を読み取れません: {error}。</translation>
    </message>
    <message>
        <source>{name} is not a file.</source>
        <translation>{name} はファイルではありません。</translation>
    </message>
    <message>
        <source>{name} is empty; there is nothing to upload.</source>
        <translation>{name} は空です。アップロードするものがありません。</translation>
    </message>
    <message>
        <source>{name} is {size}; files can be at most 512 MB.</source>
        <translation>{name} は {size} です。ファイルは最大 512 MB までです。</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>画像を添付</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>画像 ({patterns})</translation>
    </message>
    <message>
        <source>Attach pictures (PNG, JPEG, GIF or WebP) to send with the message (Ctrl+Shift+A)</source>
        <translation>メッセージと一緒に送る画像(PNG、JPEG、GIF、WebP)を添付(Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Attach images for the model to see, or files for file search or code (Ctrl+Shift+A)</source>
        <translation>モデルに見せる画像、またはファイル検索やコード用のファイルを添付(Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>予期しないエラー: {error}</translation>
    </message>
</context>
<context>
    <name>ChatDrafts</name>
    <message>
        <source>The draft could not be saved; its text is still in the box.</source>
        <translation>下書きを保存できませんでした。テキストは入力欄に残っています。</translation>
    </message>
</context>
<context>
    <name>ChatImages</name>
    <message>
        <source>The image could not be downloaded: {error}</source>
        <translation>画像をダウンロードできませんでした: {error}</translation>
    </message>
    <message>
        <source>The image has not been downloaded yet.</source>
        <translation>画像はまだダウンロードされていません。</translation>
    </message>
    <message>
        <source>Could not save the image to {path}: {error}.</source>
        <translation>画像を {path} に保存できませんでした: {error}。</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>↓ Jump to latest</source>
        <translation>↓ 最新へ</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>最新へ移動</translation>
    </message>
    <message>
        <source>Scroll to the newest message and follow the reply (Ctrl+End)</source>
        <translation>最新のメッセージまでスクロールし、応答を追う(Ctrl+End)</translation>
    </message>
    <message>
        <source>Provide tool output…</source>
        <translation>ツールの出力を入力…</translation>
    </message>
    <message>
        <source>Provide tool output</source>
        <translation>ツールの出力を入力</translation>
    </message>
    <message>
        <source>The assistant is waiting for the output of a function call</source>
        <translation>アシスタントは関数呼び出しの出力を待っています</translation>
    </message>
    <message>
        <source>Context notice</source>
        <translation>コンテキストのお知らせ</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>送信を再試行</translation>
    </message>
    <message>
        <source>Send the message in the box again</source>
        <translation>入力欄のメッセージをもう一度送信</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>エラーメッセージ</translation>
    </message>
    <message>
        <source>Why sending is not possible</source>
        <translation>送信できない理由</translation>
    </message>
    <message>
        <source>Drop files or images to attach them to the message</source>
        <translation>ファイルや画像をドロップしてメッセージに添付</translation>
    </message>
    <message>
        <source>Drop files here</source>
        <translation>ここにファイルをドロップ</translation>
    </message>
    <message>
        <source>Select the text of a message, then copy it</source>
        <translation>メッセージのテキストを選択してからコピー</translation>
    </message>
    <message>
        <source>Enter, then Ctrl+C</source>
        <translation>Enter の後に Ctrl+C</translation>
    </message>
    <message>
        <source>Message menu (copy, copy as Markdown, save image…)</source>
        <translation>メッセージメニュー(コピー、Markdown としてコピー、画像を保存…)</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10</source>
        <translation>メニューキーまたは Shift+F10</translation>
    </message>
</context>
<context>
    <name>ChatViewModel</name>
    <message>
        <source>The conversation could not be saved.</source>
        <extracomment>what a store write that failed during a send, retry, regenerate or edit says before the store&apos;s sentence</extracomment>
        <translation>会話を保存できませんでした。</translation>
    </message>
    <message>
        <source>Choose an assistant to start a conversation.</source>
        <extracomment>where the text typed for a new thread is kept (None: the main composer&apos;s; the quick-ask window keeps its own, so neither overwrites the other) the function tools this chat answers itself (the built-in ones unless given) why the open thread cannot be continued with this profile (&quot;&quot; when it can); set by the resumer the folder a new thread is filed in (the one selected in the sidebar; None: no folder) who approves MCP tool calls (the chat view&apos;s questions); None: calls that need approval are denied per thread id: the (server id, tool name) the person allowed &quot;for this thread&quot; the comparison the threads this chat creates belong to (None: ordinary, listed threads)</extracomment>
        <translation>会話を始めるにはアシスタントを選んでください。</translation>
    </message>
    <message>
        <source>A reply is being written. Press Esc to stop it.</source>
        <translation>応答を作成中です。Esc で停止できます。</translation>
    </message>
    <message>
        <source>The draft could not be loaded.</source>
        <translation>下書きを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>Choose an assistant first.</source>
        <translation>先にアシスタントを選んでください。</translation>
    </message>
    <message>
        <source>Wait until the files have finished uploading.</source>
        <translation>ファイルのアップロードが終わるまでお待ちください。</translation>
    </message>
    <message>
        <source>Some files could not be uploaded: remove them or try again.</source>
        <translation>一部のファイルをアップロードできませんでした。削除するか、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Nobody could be asked to approve it.</source>
        <translation>承認を求める相手がいませんでした。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>停止中…</translation>
    </message>
    <message>
        <source>Editing an earlier message: sending it makes a branch with the new text, and this thread stays as it is.</source>
        <translation>以前のメッセージを編集しています。送信すると新しいテキストで分岐が作られ、このスレッドはそのまま残ります。</translation>
    </message>
    <message>
        <source>Making a branch…</source>
        <translation>分岐を作成中…</translation>
    </message>
    <message>
        <source>The branch could not be made.</source>
        <translation>分岐を作成できませんでした。</translation>
    </message>
    <message>
        <source>The image could not be attached.</source>
        <translation>画像を添付できませんでした。</translation>
    </message>
    <message>
        <source>Save image as</source>
        <translation>名前を付けて画像を保存</translation>
    </message>
    <message>
        <source>Images (*.png)</source>
        <translation>画像 (*.png)</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <source>{name}&apos;s reply</source>
        <translation>{name} の応答</translation>
    </message>
    <message>
        <source>Assistant and model</source>
        <translation>アシスタントとモデル</translation>
    </message>
    <message>
        <source>{name}&apos;s messages</source>
        <translation>{name} のメッセージ</translation>
    </message>
    <message>
        <source>Reply status</source>
        <translation>応答の状態</translation>
    </message>
    <message>
        <source>Usage and cost</source>
        <translation>使用量とコスト</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop {name}&apos;s reply</source>
        <translation>{name} の応答を停止</translation>
    </message>
    <message>
        <source>Stop this reply only; the others go on (Esc)</source>
        <translation>この応答だけを停止します。ほかの応答は続きます(Esc)</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>もう一度質問</translation>
    </message>
    <message>
        <source>Ask {name} again</source>
        <translation>{name} にもう一度質問</translation>
    </message>
    <message>
        <source>Retry a reply that did not complete, or regenerate this one</source>
        <translation>完了しなかった応答を再試行するか、この応答を再生成</translation>
    </message>
    <message>
        <source>Continue with this one</source>
        <translation>これで続ける</translation>
    </message>
    <message>
        <source>Continue with {name}</source>
        <translation>{name} で続ける</translation>
    </message>
    <message>
        <source>Keep this thread and open it in the main window; the other replies are deleted</source>
        <translation>このスレッドを残してメインウィンドウで開きます。ほかの応答は削除されます</translation>
    </message>
    <message>
        <source>Stop this reply</source>
        <translation>この応答を停止</translation>
    </message>
</context>
<context>
    <name>CompareDialogs</name>
    <message>
        <source>Close the comparison?</source>
        <translation>比較を閉じますか?</translation>
    </message>
    <message>
        <source>You have not chosen which reply to continue with.</source>
        <translation>どの応答で続けるかをまだ選んでいません。</translation>
    </message>
    <message>
        <source>Keep all</source>
        <translation>すべて保持</translation>
    </message>
    <message>
        <source>Keep all threads</source>
        <translation>すべてのスレッドを保持</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Discard all threads</source>
        <translation>すべてのスレッドを破棄</translation>
    </message>
</context>
<context>
    <name>CompareViewModel</name>
    <message>
        <source>This comparison has been sent; start a new one to compare other assistants.</source>
        <translation>この比較は送信済みです。ほかのアシスタントを比較するには新しい比較を始めてください。</translation>
    </message>
    <message>
        <source>Choose two to four different assistants.</source>
        <translation>異なるアシスタントを 2～4 個選んでください。</translation>
    </message>
    <message>
        <source>Choose two to four assistants to compare.</source>
        <translation>比較するアシスタントを 2～4 個選んでください。</translation>
    </message>
    <message>
        <source>Each column continues on its own; keep one to go on with it.</source>
        <translation>各列はそれぞれ独立して続きます。続けるには 1 つを残してください。</translation>
    </message>
    <message>
        <source>The comparison could not be settled.</source>
        <translation>比較を確定できませんでした。</translation>
    </message>
    <message>
        <source>Wait for this reply to finish, or stop it, before continuing with it.</source>
        <translation>この応答で続ける前に、完了を待つか停止してください。</translation>
    </message>
    <message>
        <source>This assistant has no reply to continue with; ask it again first.</source>
        <translation>このアシスタントには続けられる応答がありません。先にもう一度質問してください。</translation>
    </message>
    <message>
        <source>{name}&apos;s thread was kept: the server could not delete it ({problem}).</source>
        <translation>{name} のスレッドは残されました。サーバーで削除できませんでした({problem})。</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare assistants</source>
        <translation>アシスタントを比較</translation>
    </message>
    <message>
        <source>Assistants to compare (two to four):</source>
        <translation>比較するアシスタント(2～4 個):</translation>
    </message>
    <message>
        <source>Assistants to compare</source>
        <translation>比較するアシスタント</translation>
    </message>
    <message>
        <source>Check two to four assistants (Space checks the one in focus)</source>
        <translation>アシスタントを 2～4 個チェック(Space でフォーカス中の項目をチェック)</translation>
    </message>
    <message>
        <source>Prompt for every assistant</source>
        <translation>すべてのアシスタントへのプロンプト</translation>
    </message>
    <message>
        <source>One prompt, sent to every assistant chosen</source>
        <translation>選んだすべてのアシスタントに送る 1 つのプロンプト</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Send to every assistant</source>
        <translation>すべてのアシスタントに送信</translation>
    </message>
    <message>
        <source>Why the comparison cannot be sent</source>
        <translation>比較を送信できない理由</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Replies side by side</source>
        <translation>応答の並列表示</translation>
    </message>
    <message>
        <source>Go to reply {number}</source>
        <translation>応答 {number} へ移動</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>比較を閉じる</translation>
    </message>
    <message>
        <source>At most four assistants can be compared at once.</source>
        <translation>一度に比較できるアシスタントは 4 個までです。</translation>
    </message>
    <message>
        <source>Choose at least two assistants.</source>
        <translation>アシスタントを 2 個以上選んでください。</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Composer</source>
        <translation>入力欄</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <source>Attach files for file search or the code interpreter (Ctrl+Shift+A)</source>
        <translation>ファイル検索またはコードインタープリター用のファイルを添付(Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Compare assistants</source>
        <translation>アシスタントを比較</translation>
    </message>
    <message>
        <source>Send one prompt to two to four assistants side by side (Ctrl+Shift+K)</source>
        <translation>1 つのプロンプトを 2～4 個のアシスタントに送って並べて表示(Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Send the message ({keys})</source>
        <translation>メッセージを送信({keys})</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop reply</source>
        <translation>応答を停止</translation>
    </message>
    <message>
        <source>Stop the reply being written (Esc)</source>
        <translation>作成中の応答を停止(Esc)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>メッセージを送信</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>BelugaDesk backs up its database once a day. A backup holds your threads, their messages kept here and your assistants; API keys are never in it.</source>
        <translation>BelugaDesk は 1 日に 1 回データベースをバックアップします。バックアップにはスレッド、ここに保存されたそのメッセージ、アシスタントが含まれます。API キーは含まれません。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>今すぐバックアップを作成</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore the selected backup, or choose a file</source>
        <translation>選択したバックアップを復元するか、ファイルを選択</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>フォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Show the backups folder in the file manager</source>
        <translation>バックアップフォルダーをファイルマネージャーで表示</translation>
    </message>
    <message>
        <source>&amp;Cancel restore</source>
        <translation>復元を取り消す(&amp;C)</translation>
    </message>
    <message>
        <source>Do not restore a backup at the next start</source>
        <translation>次回の起動時にバックアップを復元しない</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Keep daily backups for</source>
        <translation>毎日のバックアップの保存期間</translation>
    </message>
    <message>
        <source>&amp;Keep daily backups for</source>
        <translation>毎日のバックアップの保存期間(&amp;K)</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>バックアップの状態</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>バックアップはまだありません。</translation>
    </message>
    <message>
        <source>{name} will be restored at the next start.</source>
        <translation>{name} は次回の起動時に復元されます。</translation>
    </message>
</context>
<context>
    <name>DataQuestions</name>
    <message>
        <source>Restore a backup</source>
        <translation>バックアップを復元</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3)</source>
        <translation>バックアップ (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restore {name}?</source>
        <translation>{name} を復元しますか?</translation>
    </message>
    <message>
        <source>BelugaDesk restores it when it starts again (quit and start it). The data as it is then is backed up first, and the current database file is kept beside it, renamed.</source>
        <translation>BelugaDesk は次回の起動時にこれを復元します(終了してから起動し直してください)。その時点のデータは先にバックアップされ、現在のデータベースファイルは名前を変えて同じ場所に保存されます。</translation>
    </message>
    <message>
        <source>&amp;Restore at next start</source>
        <translation>次回の起動時に復元(&amp;R)</translation>
    </message>
    <message>
        <source>Restore at next start</source>
        <translation>次回の起動時に復元</translation>
    </message>
</context>
<context>
    <name>DataViewModel</name>
    <message>
        <source>No backup was made.</source>
        <translation>バックアップは作成されませんでした。</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>{path} にバックアップしました。</translation>
    </message>
    <message>
        <source>The backup will not be restored.</source>
        <translation>バックアップは復元されません。</translation>
    </message>
    <message>
        <source>{name} will be restored when BelugaDesk starts again: quit and start it. The data as it is then is backed up first and kept beside it.</source>
        <translation>{name} は BelugaDesk の次回起動時に復元されます。終了してから起動し直してください。その時点のデータは先にバックアップされ、同じ場所に保存されます。</translation>
    </message>
    <message>
        <source>No backup will be restored.</source>
        <translation>バックアップは復元されません。</translation>
    </message>
    <message>
        <source>The setting was not saved.</source>
        <translation>設定は保存されませんでした。</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>{app_name}: the local database cannot be used</source>
        <translation>{app_name}: ローカルデータベースを使用できません</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>データベースの問題</translation>
    </message>
    <message>
        <source>The database was written by a newer version</source>
        <translation>データベースは新しいバージョンで書き込まれています</translation>
    </message>
    <message>
        <source>The database cannot be read</source>
        <translation>データベースを読み取れません</translation>
    </message>
    <message>
        <source>&lt;b&gt;{heading}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{heading}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>発生した問題</translation>
    </message>
    <message>
        <source>Start a fresh database</source>
        <translation>新しいデータベースで始める</translation>
    </message>
    <message>
        <source>Move the old file aside and start with an empty database</source>
        <translation>古いファイルを退避して空のデータベースで始める</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Close {app_name} and leave the file as it is</source>
        <translation>{app_name} を閉じ、ファイルはそのままにする</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>The file was kept untouched: nothing in it was changed or deleted.</source>
        <translation>ファイルには手を付けていません。何も変更・削除されていません。</translation>
    </message>
    <message>
        <source>“Start a fresh database” moves the file aside (renamed beside it, so it can still be recovered) and starts with an empty database. “Quit” leaves everything as it is.</source>
        <translation>「新しいデータベースで始める」は、ファイルを退避(同じ場所で名前を変更するので後で復元できます)して空のデータベースで始めます。「終了」は何も変更しません。</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Empty chat</source>
        <translation>空のチャット</translation>
    </message>
    <message>
        <source>Assistant name</source>
        <translation>アシスタント名</translation>
    </message>
    <message>
        <source>Assistant description</source>
        <translation>アシスタントの説明</translation>
    </message>
    <message>
        <source>No assistant yet</source>
        <translation>アシスタントはまだありません</translation>
    </message>
    <message>
        <source>Create an assistant (Ctrl+Shift+N) or choose one in the sidebar to start.</source>
        <translation>アシスタントを作成する(Ctrl+Shift+N)か、サイドバーで選んで始めましょう。</translation>
    </message>
    <message>
        <source>Ask {name} anything.</source>
        <translation>{name} に何でも聞いてください。</translation>
    </message>
</context>
<context>
    <name>FileSearchEditor</name>
    <message>
        <source>File search</source>
        <translation>ファイル検索</translation>
    </message>
    <message>
        <source>Vector store</source>
        <translation>ベクトルストア</translation>
    </message>
    <message>
        <source>None: only files attached in the chat</source>
        <translation>なし: チャットで添付したファイルのみ</translation>
    </message>
    <message>
        <source>Let the assistant search the files attached in the chat, and a vector store if you choose one</source>
        <translation>チャットで添付したファイルと、選んだ場合はベクトルストアをアシスタントに検索させる</translation>
    </message>
    <message>
        <source>A vector store searched in every chat; without one, file search looks in the chat&apos;s attachments</source>
        <translation>すべてのチャットで検索するベクトルストア。なければファイル検索はチャットの添付ファイルを対象にします</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Refresh vector stores</source>
        <translation>ベクトルストアを更新</translation>
    </message>
    <message>
        <source>Load the vector stores of this profile&apos;s account</source>
        <translation>このプロファイルのアカウントのベクトルストアを読み込む</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新規…</translation>
    </message>
    <message>
        <source>Create vector store</source>
        <translation>ベクトルストアを作成</translation>
    </message>
    <message>
        <source>Create a new vector store on the server</source>
        <translation>サーバーに新しいベクトルストアを作成</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <source>Add files to vector store</source>
        <translation>ベクトルストアにファイルを追加</translation>
    </message>
    <message>
        <source>Upload files into the chosen vector store</source>
        <translation>選択したベクトルストアにファイルをアップロード</translation>
    </message>
    <message>
        <source>Vector store status</source>
        <translation>ベクトルストアの状態</translation>
    </message>
    <message>
        <source>Vector store error</source>
        <translation>ベクトルストアのエラー</translation>
    </message>
</context>
<context>
    <name>FolderListModel</name>
    <message>
        <source>All chats</source>
        <extracomment>the MIME type of a folder dragged within the Folders section: its id (UTF-8)</extracomment>
        <translation>すべてのチャット</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>フォルダーなし</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <extracomment>thread ids dropped on the row of ``key`` (a folder id or NO_FOLDER) a folder (id) dropped on a sibling folder (id): it takes that one&apos;s place</extracomment>
        <translation>
            <numerusform>%n 件のスレッド</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}, in {parent}, {threads}</source>
        <translation>{name}、{parent} 内、{threads}</translation>
    </message>
    <message>
        <source>{name}, {threads}</source>
        <translation>{name}、{threads}</translation>
    </message>
    <message>
        <source>Instructions: {text}</source>
        <translation>指示: {text}</translation>
    </message>
</context>
<context>
    <name>FolderPickerDialog</name>
    <message>
        <source>Move to folder</source>
        <translation>フォルダーへ移動</translation>
    </message>
    <message>
        <source>Find a folder</source>
        <translation>フォルダーを検索</translation>
    </message>
    <message>
        <source>Type to find a folder</source>
        <translation>入力してフォルダーを検索</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>{name} (now)</source>
        <translation>{name}(現在)</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移動</translation>
    </message>
</context>
<context>
    <name>FolderSection</name>
    <message>
        <source>Folders</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>FOLDERS</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Show or hide the folders</source>
        <translation>フォルダーの表示/非表示を切り替え</translation>
    </message>
    <message>
        <source>Folder problem</source>
        <translation>フォルダーの問題</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>新しいフォルダー</translation>
    </message>
    <message>
        <source>New &amp;folder…</source>
        <translation>新しいフォルダー(&amp;F)…</translation>
    </message>
    <message>
        <source>Make a folder for threads (Ctrl+Shift+F)</source>
        <translation>スレッド用のフォルダーを作成(Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下へ移動(&amp;W)</translation>
    </message>
    <message>
        <source>Default assistant and &amp;instructions…</source>
        <translation>既定のアシスタントと指示(&amp;I)…</translation>
    </message>
    <message>
        <source>Folder actions</source>
        <translation>フォルダーの操作</translation>
    </message>
    <message>
        <source>New &amp;subfolder…</source>
        <translation>新しいサブフォルダー(&amp;S)…</translation>
    </message>
    <message>
        <source>Move to the &amp;top level</source>
        <translation>最上位へ移動(&amp;T)</translation>
    </message>
    <message>
        <source>Put &amp;inside</source>
        <translation>中に入れる(&amp;P)</translation>
    </message>
    <message>
        <source>Put the folder inside another</source>
        <translation>フォルダーを別のフォルダーの中に入れる</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>展開</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>折りたたみ</translation>
    </message>
    <message>
        <source>FOLDERS · {name}</source>
        <translation>フォルダー · {name}</translation>
    </message>
</context>
<context>
    <name>FolderSettingsDialog</name>
    <message>
        <source>Folder settings</source>
        <translation>フォルダーの設定</translation>
    </message>
    <message>
        <source>Folder name</source>
        <translation>フォルダー名</translation>
    </message>
    <message>
        <source>Default assistant</source>
        <translation>既定のアシスタント</translation>
    </message>
    <message>
        <source>New chats started while this folder is selected use this assistant</source>
        <translation>このフォルダーを選択中に始めた新しいチャットは、このアシスタントを使います</translation>
    </message>
    <message>
        <source>None (the assistant chosen in the sidebar)</source>
        <translation>なし(サイドバーで選んだアシスタント)</translation>
    </message>
    <message>
        <source>Extra instructions</source>
        <translation>追加の指示</translation>
    </message>
    <message>
        <source>e.g. Answer in British English and cite sources.</source>
        <translation>例: 日本語で答え、出典を示してください。</translation>
    </message>
    <message>
        <source>Added after the assistant&apos;s own instructions in every reply of the threads in this folder (and its subfolders).</source>
        <translation>このフォルダー(とそのサブフォルダー)のスレッドでは、すべての応答でアシスタント自身の指示の後に追加されます。</translation>
    </message>
    <message>
        <source>Problem with the folder settings</source>
        <translation>フォルダーの設定の問題</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Default &amp;assistant:</source>
        <translation>既定のアシスタント(&amp;A):</translation>
    </message>
    <message>
        <source>Extra &amp;instructions:</source>
        <translation>追加の指示(&amp;I):</translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation>フォルダーには名前が必要です。</translation>
    </message>
    <message>
        <source>The instructions are too long.</source>
        <translation>指示が長すぎます。</translation>
    </message>
</context>
<context>
    <name>FoldersViewModel</name>
    <message>
        <source>The folders could not be loaded.</source>
        <extracomment>the folder filter now in effect: ALL_CHATS, NO_FOLDER or a folder id a sentence for the status bar once a flow is done</extracomment>
        <translation>フォルダーを読み込めませんでした。</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>フォルダーなし</translation>
    </message>
    <message>
        <source>New subfolder</source>
        <translation>新しいサブフォルダー</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>新しいフォルダー</translation>
    </message>
    <message>
        <source>Name of the subfolder in “{parent}”:</source>
        <translation>「{parent}」内のサブフォルダーの名前:</translation>
    </message>
    <message>
        <source>Name of the folder:</source>
        <translation>フォルダーの名前:</translation>
    </message>
    <message>
        <source>Rename folder</source>
        <translation>フォルダーの名前を変更</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <source>The assistants could not be listed.</source>
        <translation>アシスタントの一覧を取得できませんでした。</translation>
    </message>
    <message>
        <source>The folder could not be deleted.</source>
        <translation>フォルダーを削除できませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s) in it move to “No folder”; no thread is deleted.</source>
        <translation>
            <numerusform>中の %n 個のスレッドは「フォルダーなし」に移動します。スレッドは削除されません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Its subfolders ({names}) move to the top level.</source>
        <translation>サブフォルダー({names})は最上位に移動します。</translation>
    </message>
    <message>
        <source>Delete folder</source>
        <translation>フォルダーを削除</translation>
    </message>
    <message>
        <source>Delete the folder “{name}”?</source>
        <translation>フォルダー「{name}」を削除しますか?</translation>
    </message>
    <message>
        <source>Delete the folder {name}</source>
        <translation>フォルダー {name} を削除</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the folder “{name}”; %n thread(s) moved to “No folder”.</source>
        <translation>
            <numerusform>フォルダー「{name}」を削除しました。%n 個のスレッドを「フォルダーなし」に移動しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The thread could not be moved.</source>
        <translation>スレッドを移動できませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n thread(s) to “{folder}”.</source>
        <translation>
            <numerusform>%n 個のスレッドを「{folder}」に移動しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The folders could not be changed.</source>
        <translation>フォルダーを変更できませんでした。</translation>
    </message>
</context>
<context>
    <name>FormQuestions</name>
    <message>
        <source>Discard changes?</source>
        <translation>変更を破棄しますか?</translation>
    </message>
    <message>
        <source>This assistant has unsaved changes. Discard them?</source>
        <translation>このアシスタントには保存していない変更があります。破棄しますか?</translation>
    </message>
</context>
<context>
    <name>FunctionListModel</name>
    <message>
        <source>(unnamed function {number})</source>
        <translation>(名前のない関数 {number})</translation>
    </message>
    <message>
        <source>{label}, has errors</source>
        <translation>{label}(エラーあり)</translation>
    </message>
</context>
<context>
    <name>FunctionToolsEditor</name>
    <message>
        <source>Function tools</source>
        <translation>関数ツール</translation>
    </message>
    <message>
        <source>Functions the assistant may call; choose one to edit it</source>
        <translation>アシスタントが呼び出せる関数。選ぶと編集できます</translation>
    </message>
    <message>
        <source>Add function</source>
        <translation>関数を追加</translation>
    </message>
    <message>
        <source>Add function tool</source>
        <translation>関数ツールを追加</translation>
    </message>
    <message>
        <source>Add a function the assistant can call</source>
        <translation>アシスタントが呼び出せる関数を追加</translation>
    </message>
    <message>
        <source>Remove function</source>
        <translation>関数を削除</translation>
    </message>
    <message>
        <source>Remove function tool</source>
        <translation>関数ツールを削除</translation>
    </message>
    <message>
        <source>Remove the selected function</source>
        <translation>選択した関数を削除</translation>
    </message>
    <message>
        <source>Function name</source>
        <translation>関数名</translation>
    </message>
    <message>
        <source>1–64 letters, digits, underscores or hyphens</source>
        <translation>1～64 文字の英字、数字、アンダースコア、ハイフン</translation>
    </message>
    <message>
        <source>Function description</source>
        <translation>関数の説明</translation>
    </message>
    <message>
        <source>What the function does; the model reads this to decide when to call it</source>
        <translation>関数の働き。モデルはこれを読んで、いつ呼び出すかを判断します</translation>
    </message>
    <message>
        <source>Strict (arguments always match the schema)</source>
        <translation>厳格(引数は常にスキーマに従う)</translation>
    </message>
    <message>
        <source>Function strict mode</source>
        <translation>関数の厳格モード</translation>
    </message>
    <message>
        <source>Strict mode needs every property required and additionalProperties false</source>
        <translation>厳格モードでは、すべてのプロパティを必須にし、additionalProperties を false にする必要があります</translation>
    </message>
    <message>
        <source>Function parameters</source>
        <translation>関数のパラメーター</translation>
    </message>
    <message>
        <source>Functi&amp;on name</source>
        <translation>関数名(&amp;O)</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
</context>
<context>
    <name>HoverBar</name>
    <message>
        <source>Message actions</source>
        <translation>メッセージの操作</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
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
        <translation>API キーは保存されていません</translation>
    </message>
    <message>
        <source>API key not saved: no usable secure keyring</source>
        <translation>API キーは保存されていません: 使用できる安全なキーリングがありません</translation>
    </message>
    <message>
        <source>The API key could not be saved in a secure keyring.</source>
        <translation>API キーを安全なキーリングに保存できませんでした。</translation>
    </message>
    <message>
        <source>{message}

BelugaDesk never writes API keys to a plain file. A key for this session only stays in memory and is forgotten when BelugaDesk quits.</source>
        <translation>{message}

BelugaDesk が API キーを通常のファイルに書き込むことはありません。このセッション限りのキーはメモリ内にだけ保持され、BelugaDesk を終了すると消去されます。</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>このセッションだけ使う(&amp;S)</translation>
    </message>
    <message>
        <source>Use the key for this session only</source>
        <translation>このセッションだけキーを使う</translation>
    </message>
    <message>
        <source>Keep the key in memory until BelugaDesk quits; nothing is written</source>
        <translation>BelugaDesk が終了するまでキーをメモリに保持します。何も書き込まれません</translation>
    </message>
    <message>
        <source>Go back without using the key</source>
        <translation>キーを使わずに戻る</translation>
    </message>
</context>
<context>
    <name>LinkConfirmation</name>
    <message>
        <source>Open link</source>
        <translation>リンクを開く</translation>
    </message>
    <message>
        <source>This link was not opened: it is not a valid web address.</source>
        <translation>このリンクは開きませんでした: 有効な Web アドレスではありません。</translation>
    </message>
    <message>
        <source>This link was not opened: BelugaDesk opens only web (http, https) and e-mail (mailto) links from replies, not “{scheme}:” links.</source>
        <translation>このリンクは開きませんでした: BelugaDesk が応答から開くのは Web(http、https)とメール(mailto)のリンクだけで、「{scheme}:」のリンクは開きません。</translation>
    </message>
    <message>
        <source>This link was not opened: it names no web site.</source>
        <translation>このリンクは開きませんでした: Web サイトが指定されていません。</translation>
    </message>
    <message>
        <source>your e-mail program, to write to</source>
        <translation>メールソフト(宛先:)</translation>
    </message>
    <message>
        <source>your web browser at {host}</source>
        <translation>Web ブラウザー({host})</translation>
    </message>
    <message>
        <source>Open this link?</source>
        <translation>このリンクを開きますか?</translation>
    </message>
    <message>
        <source>The reply links to:&lt;br&gt;&lt;br&gt;{target_html}&lt;br&gt;&lt;br&gt;It opens in {where}. The text shown for a link can differ from where it goes; open it only if you trust this address.</source>
        <translation>応答のリンク先:&lt;br&gt;&lt;br&gt;{target_html}&lt;br&gt;&lt;br&gt;{where}で開きます。リンクとして表示される文字列は実際のリンク先と異なる場合があります。このアドレスを信頼できる場合にのみ開いてください。</translation>
    </message>
</context>
<context>
    <name>MainViewModel</name>
    <message>
        <source>The thread could not be opened.</source>
        <translation>スレッドを開けませんでした。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app_name} main window</source>
        <translation>{app_name} のメインウィンドウ</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>使用中のプロファイル</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New thread</source>
        <translation>新しいスレッド(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Focus message box</source>
        <translation>メッセージ欄にフォーカス(&amp;F)</translation>
    </message>
    <message>
        <source>Quick &amp;ask window</source>
        <translation>クイック質問ウィンドウ(&amp;A)</translation>
    </message>
    <message>
        <source>The small always-on-top window that belugadesk --quick-ask shows</source>
        <translation>belugadesk --quick-ask で表示される、常に手前に表示される小さなウィンドウ</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>チャット(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Compare assistants…</source>
        <translation>アシスタントを比較(&amp;C)…</translation>
    </message>
    <message>
        <source>Send one prompt to two to four assistants and see the replies side by side</source>
        <translation>1 つのプロンプトを 2～4 個のアシスタントに送り、応答を並べて表示</translation>
    </message>
    <message>
        <source>&amp;Prompt library…</source>
        <translation>プロンプトライブラリ(&amp;P)…</translation>
    </message>
    <message>
        <source>Saved prompts to insert, edit, import and export (Ctrl+Shift+I; or type / in an empty box)</source>
        <translation>挿入、編集、インポート、エクスポートできる保存済みプロンプト(Ctrl+Shift+I、または空の入力欄で / を入力)</translation>
    </message>
    <message>
        <source>A&amp;ssistant</source>
        <translation>アシスタント(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Thread list</source>
        <translation>スレッド一覧(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>メッセージ(&amp;M)</translation>
    </message>
    <message>
        <source>Next &amp;area</source>
        <translation>次の領域(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Previous area</source>
        <translation>前の領域(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Profiles and API keys, appearance, behaviour and prices (Ctrl+,)</source>
        <translation>プロファイルと API キー、外観、動作、価格(Ctrl+,)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>ログフォルダーを開く(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About {app_name}</source>
        <translation>{app_name} について(&amp;A)</translation>
    </message>
    <message>
        <source>Profile: {name}</source>
        <translation>プロファイル: {name}</translation>
    </message>
</context>
<context>
    <name>McpGrantsViewModel</name>
    <message>
        <source>No MCP servers yet: add one in Settings → Tools, then come back here.</source>
        <translation>MCP サーバーはまだありません。設定 → ツールで追加してから、ここに戻ってください。</translation>
    </message>
    <message>
        <source>The tools could not be listed.</source>
        <translation>ツールを一覧表示できませんでした。</translation>
    </message>
</context>
<context>
    <name>McpServerDialog</name>
    <message>
        <source>Local program (stdio)</source>
        <translation>ローカルプログラム (stdio)</translation>
    </message>
    <message>
        <source>Web address (streamable HTTP)</source>
        <translation>Web アドレス(ストリーミング HTTP)</translation>
    </message>
    <message>
        <source>kept in the keyring; type to replace</source>
        <translation>キーリングに保存済み。入力すると置き換えます</translation>
    </message>
    <message>
        <source>Edit MCP server</source>
        <translation>MCP サーバーを編集</translation>
    </message>
    <message>
        <source>Add MCP server</source>
        <translation>MCP サーバーを追加</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>サーバー名</translation>
    </message>
    <message>
        <source>e.g. Files</source>
        <translation>例: Files</translation>
    </message>
    <message>
        <source>How to reach the server</source>
        <translation>サーバーへの接続方法</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>e.g. npx, uvx or python</source>
        <translation>例: npx、uvx、python</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>引数</translation>
    </message>
    <message>
        <source>as on a command line, e.g. -y @modelcontextprotocol/server-filesystem ~/Notes</source>
        <translation>コマンドラインと同じ形式(例: -y @modelcontextprotocol/server-filesystem ~/Notes)</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>作業フォルダー</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>サーバーの URL</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>&amp;Command</source>
        <translation>コマンド(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Arguments</source>
        <translation>引数(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Working folder</source>
        <translation>作業フォルダー(&amp;W)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>URL(&amp;U)</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Values marked Secret go to the system keyring, never to the settings file.</source>
        <translation>「シークレット」にした値は設定ファイルではなくシステムのキーリングに保存されます。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Save server</source>
        <translation>サーバーを保存</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reach it as</source>
        <translation>アクセス名(&amp;R)</translation>
    </message>
</context>
<context>
    <name>McpServersViewModel</name>
    <message>
        <source>Enter the command that starts the server, e.g. npx or python.</source>
        <translation>サーバーを起動するコマンドを入力してください(例: npx、python)。</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>サーバーに名前を付けてください。</translation>
    </message>
    <message>
        <source>The server&apos;s settings are not valid.</source>
        <translation>サーバーの設定が正しくありません。</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未起動</translation>
    </message>
    <message>
        <source>Not started: a server starts when an assistant first uses it, or with Test.</source>
        <translation>未起動: サーバーは、アシスタントが初めて使うとき、または「テスト」で起動します。</translation>
    </message>
    <message>
        <source>The server could not be tested.</source>
        <translation>サーバーをテストできませんでした。</translation>
    </message>
    <message>
        <source>Starting the server and listing its tools…</source>
        <translation>サーバーを起動してツールを一覧表示中…</translation>
    </message>
    <message>
        <source>The server runs but lists no tools.</source>
        <translation>サーバーは動いていますが、ツールを提供していません。</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s): {names}</source>
        <translation>
            <numerusform>%n 個のツール: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>The server could not be restarted.</source>
        <translation>サーバーを再起動できませんでした。</translation>
    </message>
    <message>
        <source>Restarting the server…</source>
        <translation>サーバーを再起動中…</translation>
    </message>
    <message>
        <source>The MCP server was not saved.</source>
        <translation>MCP サーバーは保存されませんでした。</translation>
    </message>
    <message>
        <source>The MCP server was not removed.</source>
        <translation>MCP サーバーは削除されませんでした。</translation>
    </message>
</context>
<context>
    <name>McpToolsSection</name>
    <message>
        <source>Too&amp;ls from MCP servers</source>
        <translation>MCP サーバーのツール(&amp;L)</translation>
    </message>
    <message>
        <source>Which tools of the MCP servers (Settings → Tools) this assistant may use, and which calls run without asking</source>
        <translation>このアシスタントが使える MCP サーバー(設定 → ツール)のツールと、確認なしで実行する呼び出し</translation>
    </message>
    <message>
        <source>Each call of a tool is shown to you before it runs, unless you allow it here.</source>
        <translation>ツールの呼び出しは、ここで許可しない限り、実行前に必ず表示されます。</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Message the assistant — Enter to send, Shift+Enter for a new line</source>
        <translation>アシスタントへのメッセージ — Enter で送信、Shift+Enter で改行</translation>
    </message>
    <message>
        <source>Enter sends; Shift+Enter starts a new line</source>
        <translation>Enter で送信、Shift+Enter で改行</translation>
    </message>
    <message>
        <source>Message the assistant — Ctrl+Enter to send, Enter for a new line</source>
        <translation>アシスタントへのメッセージ — Ctrl+Enter で送信、Enter で改行</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends; Enter starts a new line</source>
        <translation>Ctrl+Enter で送信、Enter で改行</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>改行</translation>
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
        <translation>あなた</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>{who}, {when}: {text}</source>
        <translation>{who}、{when}: {text}</translation>
    </message>
    <message>
        <source>Being written</source>
        <translation>作成中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>不完全</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>中断</translation>
    </message>
</context>
<context>
    <name>MessageTextView</name>
    <message>
        <source>Message text</source>
        <translation>メッセージ本文</translation>
    </message>
</context>
<context>
    <name>MessageTime</name>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
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
        <translation>メタデータ</translation>
    </message>
    <message>
        <source>Up to {limit} pairs; keys up to 64 characters, values up to 512</source>
        <translation>最大 {limit} 組。キーは 64 文字まで、値は 512 文字まで</translation>
    </message>
    <message>
        <source>Add pair</source>
        <translation>組を追加</translation>
    </message>
    <message>
        <source>Add metadata pair</source>
        <translation>メタデータの組を追加</translation>
    </message>
    <message>
        <source>Add a key/value row and start typing its key</source>
        <translation>キーと値の行を追加してキーを入力</translation>
    </message>
    <message>
        <source>Remove pair</source>
        <translation>組を削除</translation>
    </message>
    <message>
        <source>Remove metadata pair</source>
        <translation>メタデータの組を削除</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>選択した行を削除</translation>
    </message>
    <message>
        <source>Metadata pair count</source>
        <translation>メタデータの組の数</translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message>
        <source>The server&apos;s models could not be listed ({error}); the assistant&apos;s model is used.</source>
        <translation>サーバーのモデルを一覧表示できませんでした({error})。アシスタントのモデルを使います。</translation>
    </message>
</context>
<context>
    <name>ModelSwitcher</name>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>{model} (assistant&apos;s)</source>
        <translation>{model}(アシスタントの設定)</translation>
    </message>
    <message>
        <source>the assistant&apos;s own model</source>
        <translation>アシスタント自身のモデル</translation>
    </message>
    <message>
        <source>chosen for this thread</source>
        <translation>このスレッド用に選択</translation>
    </message>
    <message>
        <source>The model that writes the replies in this thread: {model} ({whose}).</source>
        <translation>このスレッドの応答を書くモデル: {model}({whose})。</translation>
    </message>
</context>
<context>
    <name>NewChatButton</name>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>with {name}</source>
        <translation>{name} と</translation>
    </message>
    <message>
        <source>with no assistant yet</source>
        <translation>アシスタントなし</translation>
    </message>
    <message>
        <source>New chat with {name}</source>
        <translation>{name} と新しいチャット</translation>
    </message>
    <message>
        <source>Start a new chat with {name} (Ctrl+N)</source>
        <translation>{name} と新しいチャットを始める(Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>OnboardingDialog</name>
    <message>
        <source>&lt;h2&gt;Welcome to BelugaDesk&lt;/h2&gt;&lt;p&gt;Connect to your AI provider with an API key. The key is kept in your system keyring and nowhere else. No key at hand? Try the offline demo: it runs entirely on this computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;BelugaDesk へようこそ&lt;/h2&gt;&lt;p&gt;API キーで AI プロバイダーに接続します。キーはシステムのキーリングにのみ保存され、ほかには保存されません。キーがない場合は、このコンピューター上だけで動くオフラインデモをお試しください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome to BelugaDesk</source>
        <translation>BelugaDesk へようこそ</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Try the offline &amp;demo</source>
        <translation>オフラインデモを試す(&amp;D)</translation>
    </message>
    <message>
        <source>Try the offline demo</source>
        <translation>オフラインデモを試す</translation>
    </message>
    <message>
        <source>Use the built-in demo server: no key and no network needed</source>
        <translation>組み込みのデモサーバーを使う: キーもネットワークも不要</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>プロファイルを保存</translation>
    </message>
    <message>
        <source>Store the key in the keyring, save the profile and start using it</source>
        <translation>キーをキーリングに保存し、プロファイルを保存して使い始める</translation>
    </message>
</context>
<context>
    <name>OnboardingViewModel</name>
    <message>
        <source>The profile was not saved.</source>
        <translation>プロファイルは保存されませんでした。</translation>
    </message>
    <message>
        <source>The choice was not saved.</source>
        <translation>選択は保存されませんでした。</translation>
    </message>
</context>
<context>
    <name>OpenByIdDialog</name>
    <message>
        <source>Open thread by id</source>
        <translation>ID でスレッドを開く</translation>
    </message>
    <message>
        <source>Paste the id of a thread on the server (it starts with “{id_prefixes}”). Its history is loaded into a new local thread.</source>
        <translation>サーバー上のスレッドの ID を貼り付けてください(「{id_prefixes}」で始まります)。履歴は新しいローカルスレッドに読み込まれます。</translation>
    </message>
    <message>
        <source>Remote thread id</source>
        <translation>リモートスレッド ID</translation>
    </message>
    <message>
        <source>A {label} API thread id, e.g. {id_prefixes}abc123</source>
        <translation>{label} API のスレッド ID(例: {id_prefixes}abc123)</translation>
    </message>
    <message>
        <source>Problem with the id</source>
        <translation>ID の問題</translation>
    </message>
</context>
<context>
    <name>PairTableModel</name>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Budget (tokens)</source>
        <translation>予算(トークン)</translation>
    </message>
</context>
<context>
    <name>PreferencesViewModel</name>
    <message>
        <source>The colour scheme was not saved.</source>
        <translation>配色は保存されませんでした。</translation>
    </message>
    <message>
        <source>The font size was not saved.</source>
        <translation>フォントサイズは保存されませんでした。</translation>
    </message>
    <message>
        <source>The accent colour was not saved.</source>
        <translation>アクセントカラーは保存されませんでした。</translation>
    </message>
    <message>
        <source>The language was not saved.</source>
        <translation>言語は保存されませんでした。</translation>
    </message>
    <message>
        <source>The setting was not saved.</source>
        <translation>設定は保存されませんでした。</translation>
    </message>
</context>
<context>
    <name>PriceTableModel</name>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>キャッシュ済み入力</translation>
    </message>
    <message>
        <source>The model name; dated snapshots (gpt-4o-2024-08-06) use the price of their family</source>
        <translation>モデル名。日付付きのスナップショット(gpt-4o-2024-08-06)はそのファミリーの価格を使います</translation>
    </message>
    <message>
        <source>USD per million input tokens</source>
        <translation>入力 100 万トークンあたりの USD</translation>
    </message>
    <message>
        <source>USD per million output tokens</source>
        <translation>出力 100 万トークンあたりの USD</translation>
    </message>
    <message>
        <source>USD per million cached input tokens; empty when the model has no cached price</source>
        <translation>キャッシュ済み入力 100 万トークンあたりの USD。モデルにキャッシュ価格がなければ空欄</translation>
    </message>
</context>
<context>
    <name>PricesPage</name>
    <message>
        <source>Prices in US dollars per million tokens, used for the cost estimate shown with each reply. Double-click a cell to edit it.</source>
        <translation>100 万トークンあたりの米ドル価格。各応答に表示される費用の見積もりに使われます。セルをダブルクリックすると編集できます。</translation>
    </message>
    <message>
        <source>Model prices</source>
        <translation>モデルの価格</translation>
    </message>
    <message>
        <source>model name, e.g. gpt-4.1</source>
        <translation>モデル名(例: gpt-4.1)</translation>
    </message>
    <message>
        <source>New model name</source>
        <translation>新しいモデル名</translation>
    </message>
    <message>
        <source>The model to add a price for</source>
        <translation>価格を追加するモデル</translation>
    </message>
    <message>
        <source>&amp;Add price</source>
        <translation>価格を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add price</source>
        <translation>価格を追加</translation>
    </message>
    <message>
        <source>Add a row for this model, then type its prices</source>
        <translation>このモデルの行を追加して価格を入力</translation>
    </message>
    <message>
        <source>&amp;Remove price</source>
        <translation>価格を削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove price</source>
        <translation>価格を削除</translation>
    </message>
    <message>
        <source>Remove the selected model&apos;s price</source>
        <translation>選択したモデルの価格を削除</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>PricesViewModel</name>
    <message>
        <source>Invalid price.</source>
        <translation>無効な価格です。</translation>
    </message>
    <message>
        <source>Type the model name first, e.g. gpt-4.1.</source>
        <translation>先にモデル名を入力してください(例: gpt-4.1)。</translation>
    </message>
    <message>
        <source>There is already a price for {name}.</source>
        <translation>{name} の価格はすでにあります。</translation>
    </message>
    <message>
        <source>The prices were not saved.</source>
        <translation>価格は保存されませんでした。</translation>
    </message>
</context>
<context>
    <name>ProfileDialogs</name>
    <message>
        <source>Delete profile</source>
        <translation>プロファイルを削除</translation>
    </message>
    <message>
        <source>Delete the profile “{name}”?</source>
        <translation>プロファイル「{name}」を削除しますか?</translation>
    </message>
    <message>
        <source>Its API key is removed from the keyring too. Its threads stay in the database.</source>
        <translation>API キーもキーリングから削除されます。スレッドはデータベースに残ります。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete profile and key</source>
        <translation>プロファイルとキーを削除</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>New profile</source>
        <translation>新しいプロファイル</translation>
    </message>
    <message>
        <source>Edit profile {name}</source>
        <translation>プロファイル {name} を編集</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>プロファイルを保存</translation>
    </message>
    <message>
        <source>Validate, store the key in the keyring and save the profile</source>
        <translation>検証し、キーをキーリングに保存して、プロファイルを保存</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Profile &amp;name</source>
        <translation>プロファイル名(&amp;N)</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API キー(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Backend</source>
        <translation>バックエンド(&amp;B)</translation>
    </message>
    <message>
        <source>Base &amp;URL</source>
        <translation>ベース URL(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>エンドポイント(&amp;E)</translation>
    </message>
    <message>
        <source>API &amp;version</source>
        <translation>API バージョン(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Deployments</source>
        <translation>デプロイメント(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>組織(&amp;O)</translation>
    </message>
    <message>
        <source>Pro&amp;ject</source>
        <translation>プロジェクト(&amp;J)</translation>
    </message>
    <message>
        <source>Pro&amp;xy</source>
        <translation>プロキシ(&amp;X)</translation>
    </message>
    <message>
        <source>Context bud&amp;gets</source>
        <translation>コンテキスト予算(&amp;G)</translation>
    </message>
    <message>
        <source>A name to tell this profile apart from others</source>
        <translation>このプロファイルをほかと区別するための名前</translation>
    </message>
    <message>
        <source>The secret API key from your provider&apos;s dashboard; it is stored in the system keyring only</source>
        <translation>プロバイダーのダッシュボードで発行された秘密の API キー。システムのキーリングにのみ保存されます</translation>
    </message>
    <message>
        <source>Which OpenAI API family conversations use</source>
        <translation>会話で使う OpenAI API の種類</translation>
    </message>
    <message>
        <source>The server&apos;s API address, e.g. http://localhost:8000/v1 (OpenAI: empty means the default)</source>
        <translation>サーバーの API アドレス(例: http://localhost:8000/v1、OpenAI では空欄で既定値)</translation>
    </message>
    <message>
        <source>Your Azure OpenAI resource, e.g. https://my-resource.openai.azure.com</source>
        <translation>Azure OpenAI のリソース(例: https://my-resource.openai.azure.com)</translation>
    </message>
    <message>
        <source>The Azure OpenAI api-version, e.g. 2025-04-01-preview or v1</source>
        <translation>Azure OpenAI の api-version(例: 2025-04-01-preview、v1)</translation>
    </message>
    <message>
        <source>One per line: model = deployment-name (used when an assistant names that model)</source>
        <translation>1 行に 1 つ: モデル = デプロイメント名(アシスタントがそのモデルを指定したときに使用)</translation>
    </message>
    <message>
        <source>Optional OpenAI organization id (org-…)</source>
        <translation>OpenAI の組織 ID(任意、org-…)</translation>
    </message>
    <message>
        <source>Optional OpenAI project id (proj_…)</source>
        <translation>OpenAI のプロジェクト ID(任意、proj_…)</translation>
    </message>
    <message>
        <source>Optional HTTP(S) proxy every request of this profile goes through, e.g. http://proxy:3128</source>
        <translation>このプロファイルのすべてのリクエストが通る HTTP(S) プロキシ(任意、例: http://proxy:3128)</translation>
    </message>
    <message>
        <source>How many tokens of a thread each model is sent (older turns are left out beyond it); a model not listed gets a default. At least {minimum} tokens</source>
        <translation>各モデルに送るスレッドのトークン数(超えた分は古いやり取りから省かれます)。一覧にないモデルには既定値が使われます。最低 {minimum} トークン</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>optional, e.g. http://proxy.example.com:3128</source>
        <translation>任意(例: http://proxy.example.com:3128)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Who runs the server: fills in its address, whether it needs a key, and a backend it speaks</source>
        <translation>サーバーの運営元: アドレス、キーの要否、対応するバックエンドを入力します</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>プロバイダー(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>List the server&apos;s models with this key, without saving anything</source>
        <translation>このキーでサーバーのモデルを一覧表示します(何も保存しません)</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>接続テストの結果</translation>
    </message>
    <message>
        <source>APIs the server speaks</source>
        <translation>サーバーが対応している API</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Speaks it</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>{field} error</source>
        <translation>{field} のエラー</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show API key</source>
        <translation>API キーを表示</translation>
    </message>
    <message>
        <source>Show or hide the API key you typed</source>
        <translation>入力した API キーを表示または非表示</translation>
    </message>
    <message>
        <source>Where the API key is stored</source>
        <translation>API キーの保存場所</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <source>Hide API key</source>
        <translation>API キーを隠す</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
</context>
<context>
    <name>ProfileFormViewModel</name>
    <message>
        <source>Paste the API key for this profile.</source>
        <translation>このプロファイルの API キーを貼り付けてください。</translation>
    </message>
    <message>
        <source>Paste the API key for this profile (or set the OPENAI_API_KEY environment variable before starting).</source>
        <translation>このプロファイルの API キーを貼り付けてください(または起動前に環境変数 OPENAI_API_KEY を設定してください)。</translation>
    </message>
    <message>
        <source>Optional: needed only if the server was started with a key</source>
        <translation>任意: サーバーがキー付きで起動されている場合のみ必要</translation>
    </message>
    <message>
        <source>The offline demo needs no key</source>
        <translation>オフラインデモにキーは不要です</translation>
    </message>
    <message>
        <source>This server needs no key</source>
        <translation>このサーバーにキーは不要です</translation>
    </message>
    <message>
        <source>{server} needs no key</source>
        <translation>{server} にキーは不要です</translation>
    </message>
    <message>
        <source>Will be stored in {keyring} when you save</source>
        <translation>保存時に {keyring} に保存されます</translation>
    </message>
    <message>
        <source>No secure keyring: the key can be used for this session only</source>
        <translation>安全なキーリングがありません。キーはこのセッションでのみ使えます</translation>
    </message>
    <message>
        <source>The API key contains spaces or line breaks; paste only the key itself.</source>
        <translation>API キーに空白または改行が含まれています。キーだけを貼り付けてください。</translation>
    </message>
    <message>
        <source>Fix the fields marked above first.</source>
        <translation>先に上で示された項目を修正してください。</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s) available ({models}).</source>
        <translation>
            <numerusform>接続しました: %n 個のモデルを利用できます({models})。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>接続しました。</translation>
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <source>Offline demo</source>
        <translation>オフラインデモ</translation>
    </message>
    <message>
        <source>built-in local server</source>
        <translation>組み込みのローカルサーバー</translation>
    </message>
    <message>
        <source>API key: {key}</source>
        <translation>API キー: {key}</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>&amp;Profiles</source>
        <translation>プロファイル(&amp;P)</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Selected profile</source>
        <translation>選択中のプロファイル</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>キーリング</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a profile for OpenAI, Azure OpenAI or an OpenAI-compatible server</source>
        <translation>OpenAI、Azure OpenAI、または OpenAI 互換サーバーのプロファイルを追加</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected profile or its API key</source>
        <translation>選択したプロファイルまたはその API キーを変更</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the selected profile, including its key</source>
        <translation>選択したプロファイルをキーごと複製</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>削除(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete the selected profile and its API key</source>
        <translation>選択したプロファイルとその API キーを削除</translation>
    </message>
    <message>
        <source>Set a&amp;ctive</source>
        <translation>使用中にする(&amp;C)</translation>
    </message>
    <message>
        <source>Use the selected profile for conversations from now on</source>
        <translation>選択したプロファイルを今後の会話で使う</translation>
    </message>
    <message>
        <source>the built-in offline server</source>
        <translation>組み込みのオフラインサーバー</translation>
    </message>
    <message>
        <source>API key: {key}</source>
        <translation>API キー: {key}</translation>
    </message>
</context>
<context>
    <name>ProfilesViewModel</name>
    <message>
        <source>not needed</source>
        <translation>不要</translation>
    </message>
    <message>
        <source>The profile was not saved.</source>
        <translation>プロファイルは保存されませんでした。</translation>
    </message>
    <message>
        <source>The profile could not be activated.</source>
        <translation>プロファイルを有効にできませんでした。</translation>
    </message>
    <message>
        <source>The profile was not activated.</source>
        <translation>プロファイルは有効になりませんでした。</translation>
    </message>
    <message>
        <source>The key was not copied.</source>
        <translation>キーはコピーされませんでした。</translation>
    </message>
    <message>
        <source>The copy was not saved.</source>
        <translation>コピーは保存されませんでした。</translation>
    </message>
    <message>
        <source>The key was not deleted.</source>
        <translation>キーは削除されませんでした。</translation>
    </message>
    <message>
        <source>The profile was not deleted.</source>
        <translation>プロファイルは削除されませんでした。</translation>
    </message>
    <message>
        <source>The next profile could not be activated.</source>
        <translation>次のプロファイルを有効にできませんでした。</translation>
    </message>
</context>
<context>
    <name>PromptButton</name>
    <message>
        <source>Send: {text}</source>
        <translation>送信: {text}</translation>
    </message>
    <message>
        <source>Send this message</source>
        <translation>このメッセージを送信</translation>
    </message>
</context>
<context>
    <name>PromptDialogs</name>
    <message>
        <source>Delete prompt</source>
        <translation>プロンプトを削除</translation>
    </message>
    <message>
        <source>Delete the prompt “{title}”?</source>
        <translation>プロンプト「{title}」を削除しますか?</translation>
    </message>
    <message>
        <source>It is removed from the library. An exported copy can bring it back.</source>
        <translation>ライブラリから削除されます。エクスポートしたコピーがあれば元に戻せます。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Export prompts</source>
        <translation>プロンプトをエクスポート</translation>
    </message>
    <message>
        <source>BelugaDesk prompts (*.json)</source>
        <translation>BelugaDesk プロンプト (*.json)</translation>
    </message>
    <message>
        <source>Import prompts</source>
        <translation>プロンプトをインポート</translation>
    </message>
</context>
<context>
    <name>PromptEditDialog</name>
    <message>
        <source>Edit prompt</source>
        <translation>プロンプトを編集</translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation>新しいプロンプト</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation>プロンプトのテキスト</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>writing, code</source>
        <translation>文章, コード</translation>
    </message>
    <message>
        <source>Write {{name}} for a blank filled in when the prompt is inserted, {{name|default}} to give it a default, and \{{ for two literal braces. Tags are separated by commas.</source>
        <translation>プロンプトの挿入時に埋める空欄には {{name}}、既定値を付けるには {{name|default}}、波かっこ 2 つをそのまま書くには \{{ と書きます。タグはカンマで区切ります。</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>テキスト(&amp;X):</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>タグ(&amp;A):</translation>
    </message>
    <message>
        <source>Save prompt</source>
        <translation>プロンプトを保存</translation>
    </message>
</context>
<context>
    <name>PromptLibrary</name>
    <message>
        <source>The file {path} could not be written ({reason}).</source>
        <translation>ファイル {path} に書き込めませんでした({reason})。</translation>
    </message>
    <message>
        <source>The file {name} is too large to be a prompt library.</source>
        <translation>ファイル {name} はプロンプトライブラリとしては大きすぎます。</translation>
    </message>
    <message>
        <source>The file {name} is not a BelugaDesk prompt library: it is not UTF-8 text.</source>
        <translation>ファイル {name} は BelugaDesk のプロンプトライブラリではありません。UTF-8 のテキストではありません。</translation>
    </message>
    <message>
        <source>The file {path} could not be read ({reason}).</source>
        <translation>ファイル {path} を読み込めませんでした({reason})。</translation>
    </message>
    <message>
        <source>The prompt library could not be read.</source>
        <translation>プロンプトライブラリを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The prompt was not saved.</source>
        <translation>プロンプトは保存されませんでした。</translation>
    </message>
    <message>
        <source>The prompt was not deleted.</source>
        <translation>プロンプトは削除されませんでした。</translation>
    </message>
    <message>
        <source>The prompt could not be inserted.</source>
        <translation>プロンプトを挿入できませんでした。</translation>
    </message>
    <message>
        <source>The prompts were not exported.</source>
        <translation>プロンプトはエクスポートされませんでした。</translation>
    </message>
    <message>
        <source>Prompts not exported</source>
        <translation>プロンプトをエクスポートできませんでした</translation>
    </message>
    <message>
        <source>The prompts were not imported.</source>
        <translation>プロンプトはインポートされませんでした。</translation>
    </message>
    <message>
        <source>The file {name}</source>
        <translation>ファイル {name}</translation>
    </message>
    <message>
        <source>Prompts not imported</source>
        <translation>プロンプトをインポートできませんでした</translation>
    </message>
</context>
<context>
    <name>PromptLibraryDialog</name>
    <message>
        <source>Prompt library</source>
        <translation>プロンプトライブラリ</translation>
    </message>
    <message>
        <source>Search prompts</source>
        <translation>プロンプトを検索</translation>
    </message>
    <message>
        <source>Search titles, text and tags</source>
        <translation>タイトル、テキスト、タグを検索</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation>プロンプトのテキスト</translation>
    </message>
    <message>
        <source>Tags of the prompt</source>
        <translation>プロンプトのタグ</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation>プロンプトを追加</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the prompt</source>
        <translation>プロンプトを編集</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the prompt</source>
        <translation>プロンプトを削除</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Import prompts</source>
        <translation>プロンプトをインポート</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Export prompts</source>
        <translation>プロンプトをエクスポート</translation>
    </message>
    <message>
        <source>I&amp;nsert</source>
        <translation>挿入(&amp;N)</translation>
    </message>
    <message>
        <source>Insert into the message box</source>
        <translation>メッセージ欄に挿入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close the prompt library</source>
        <translation>プロンプトライブラリを閉じる</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>タグ: {tags}</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>タグなし</translation>
    </message>
</context>
<context>
    <name>PromptLibraryViewModel</name>
    <message numerus="yes">
        <source>Exported %n prompt(s) to {path}</source>
        <translation>
            <numerusform>%n 件のプロンプトを {path} に書き出しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n prompt(s)</source>
        <translation>
            <numerusform>%n 件のプロンプトを追加しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n already in the library</source>
        <translation>
            <numerusform>ライブラリに既にある %n 件をスキップ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickAskViewModel</name>
    <message>
        <source>The quick-ask window could not start over.</source>
        <translation>クイック質問ウィンドウをやり直せませんでした。</translation>
    </message>
    <message>
        <source>Ask something first: there is no conversation to move yet.</source>
        <translation>先に何か質問してください。移動できる会話はまだありません。</translation>
    </message>
    <message>
        <source>Wait until the reply is written (or stop it), then open the thread in the main window.</source>
        <translation>応答が書き終わるまで待つか応答を停止してから、スレッドをメインウィンドウで開いてください。</translation>
    </message>
</context>
<context>
    <name>QuickAskWindow</name>
    <message>
        <source>Quick ask — {app}</source>
        <translation>クイック質問 — {app}</translation>
    </message>
    <message>
        <source>Quick ask</source>
        <translation>クイック質問</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>Open in main window</source>
        <translation>メインウィンドウで開く</translation>
    </message>
    <message>
        <source>Continue this conversation in the main window (Ctrl+O)</source>
        <translation>この会話をメインウィンドウで続ける(Ctrl+O)</translation>
    </message>
    <message>
        <source>Hide quick ask</source>
        <translation>クイック質問を隠す</translation>
    </message>
    <message>
        <source>Hide this window; the conversation stays (Esc)</source>
        <translation>このウィンドウを隠します。会話は残ります(Esc)</translation>
    </message>
    <message>
        <source>Hide quick ask (stops a reply first)</source>
        <translation>クイック質問を隠す(応答中なら先に停止)</translation>
    </message>
    <message>
        <source>Quick ask · {assistant}</source>
        <translation>クイック質問 · {assistant}</translation>
    </message>
</context>
<context>
    <name>RemoteAssistantModel</name>
    <message>
        <source>{assistant} — already imported</source>
        <translation>{assistant} — インポート済み</translation>
    </message>
</context>
<context>
    <name>RemoteImportDialog</name>
    <message>
        <source>Import assistants from the server</source>
        <translation>サーバーからアシスタントをインポート</translation>
    </message>
    <message>
        <source>Tick the assistants to import. Ones already imported are greyed out.</source>
        <translation>インポートするアシスタントにチェックを付けてください。インポート済みのものはグレー表示です。</translation>
    </message>
    <message>
        <source>Server assistants</source>
        <translation>サーバーのアシスタント</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected assistant</source>
        <translation>Space キーで選択したアシスタントのチェックを切り替え</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>さらに読み込む</translation>
    </message>
    <message>
        <source>Load more assistants</source>
        <translation>さらにアシスタントを読み込む</translation>
    </message>
    <message>
        <source>Fetch the next page of the server&apos;s assistants</source>
        <translation>サーバーのアシスタントの次のページを取得</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>インポートの状態</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Import the ticked assistants</source>
        <translation>チェックしたアシスタントをインポート</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>The server has no assistants for this profile.</source>
        <translation>このプロファイル用のアシスタントはサーバーにありません。</translation>
    </message>
    <message>
        <source>{ticked} ticked.</source>
        <translation>{ticked} 個にチェック。</translation>
    </message>
</context>
<context>
    <name>RemoteImportViewModel</name>
    <message>
        <source>Could not list the server&apos;s assistants.</source>
        <translation>サーバーのアシスタントを一覧表示できませんでした。</translation>
    </message>
    <message>
        <source>Could not import.</source>
        <translation>インポートできませんでした。</translation>
    </message>
</context>
<context>
    <name>RemoteMcpEditor</name>
    <message>
        <source>all tools</source>
        <translation>すべてのツール</translation>
    </message>
    <message>
        <source>asks before each call</source>
        <translation>呼び出しのたびに確認</translation>
    </message>
    <message>
        <source>runs calls without asking</source>
        <translation>確認なしで実行</translation>
    </message>
    <message>
        <source>Remote MCP &amp;servers (the API calls them itself)</source>
        <translation>リモート MCP サーバー(&amp;S)(API が直接呼び出します)</translation>
    </message>
    <message>
        <source>Remote MCP servers of this assistant</source>
        <translation>このアシスタントのリモート MCP サーバー</translation>
    </message>
    <message>
        <source>Remote server label</source>
        <translation>リモートサーバーのラベル</translation>
    </message>
    <message>
        <source>Remote server URL</source>
        <translation>リモートサーバーの URL</translation>
    </message>
    <message>
        <source>Allowed tools of the remote server</source>
        <translation>リモートサーバーの許可するツール</translation>
    </message>
    <message>
        <source>Tool names separated by commas or lines; empty: all its tools</source>
        <translation>カンマまたは改行で区切ったツール名。空欄ならすべてのツール</translation>
    </message>
    <message>
        <source>Empty: all its tools. Or names separated by commas or lines.</source>
        <translation>空欄: すべてのツール。またはカンマか改行で区切った名前。</translation>
    </message>
    <message>
        <source>Ask before each call</source>
        <translation>呼び出しのたびに確認</translation>
    </message>
    <message>
        <source>Ask before each call of the remote server</source>
        <translation>リモートサーバーの呼び出しのたびに確認</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>サーバーを追加</translation>
    </message>
    <message>
        <source>Add remote server</source>
        <translation>リモートサーバーを追加</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>変更を保存</translation>
    </message>
    <message>
        <source>Save changes to the selected remote server</source>
        <translation>選択したリモートサーバーへの変更を保存</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected remote server</source>
        <translation>選択したリモートサーバーを削除</translation>
    </message>
    <message>
        <source>Remote server problem</source>
        <translation>リモートサーバーの問題</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Allowed tools</source>
        <translation>許可するツール</translation>
    </message>
    <message>
        <source>Why remote MCP servers are unavailable</source>
        <translation>リモート MCP サーバーを使えない理由</translation>
    </message>
</context>
<context>
    <name>ReplyRun</name>
    <message>
        <source>Queued…</source>
        <translation>待機中…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>作成中…</translation>
    </message>
    <message>
        <source>Calling a tool…</source>
        <translation>ツールを呼び出し中…</translation>
    </message>
    <message>
        <source>Waiting for a tool&apos;s output…</source>
        <translation>ツールの出力を待っています…</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>不完全</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Starting the assistant&apos;s tools…</source>
        <extracomment>the MCP tools a reply of an assistant offers (listed from its granted servers) asks the person whether an MCP tool call may run (None: the question was taken back) saves an assistant whose grants changed (&quot;Always allow this tool&quot;) added to the assistant&apos;s instructions on every request of this reply (the thread&apos;s folder&apos;s) Stop came before the server took the request (the question goes back to the input)</extracomment>
        <translation>アシスタントのツールを起動中…</translation>
    </message>
    <message>
        <source>Sending the tool output…</source>
        <translation>ツールの出力を送信中…</translation>
    </message>
    <message>
        <source>Running {name}…</source>
        <translation>{name} を実行中…</translation>
    </message>
    <message>
        <source>Waiting for the output of {name}…</source>
        <translation>{name} の出力を待っています…</translation>
    </message>
    <message>
        <source>Running {name} on {server_name}…</source>
        <translation>{server_name} で {name} を実行中…</translation>
    </message>
    <message>
        <source>Waiting for your approval of {tool_name}…</source>
        <translation>{tool_name} の承認を待っています…</translation>
    </message>
    <message>
        <source>Nobody could be asked to approve it.</source>
        <translation>承認を求める相手がいませんでした。</translation>
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
        <translation>モデルの既定値</translation>
    </message>
    <message>
        <source>{label}: use the model&apos;s default</source>
        <translation>{label}: モデルの既定値を使う</translation>
    </message>
    <message>
        <source>Leave {label} unset so the model&apos;s default applies</source>
        <translation>{label} を未設定にしてモデルの既定値を使う</translation>
    </message>
    <message>
        <source>{label} slider</source>
        <translation>{label} スライダー</translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <source>Validate</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Validate {label}</source>
        <translation>{label} を検証</translation>
    </message>
    <message>
        <source>Check that this is valid JSON and a valid JSON schema</source>
        <translation>有効な JSON かつ有効な JSON スキーマかどうかを確認</translation>
    </message>
    <message>
        <source>Insert template</source>
        <translation>テンプレートを挿入</translation>
    </message>
    <message>
        <source>Insert a template into {label}</source>
        <translation>{label} にテンプレートを挿入</translation>
    </message>
    <message>
        <source>Replace the text with an example schema to start from</source>
        <translation>テキストをサンプルのスキーマに置き換えて、そこから始める</translation>
    </message>
    <message>
        <source>{label} check result</source>
        <translation>{label} の検証結果</translation>
    </message>
</context>
<context>
    <name>ServerBlock</name>
    <message>
        <source>{name}: all its tools</source>
        <translation>{name}: すべてのツール</translation>
    </message>
    <message>
        <source>Use all tools of {name}</source>
        <translation>{name} のすべてのツールを使う</translation>
    </message>
    <message>
        <source>The assistant may use every tool this server offers, now and later</source>
        <translation>アシスタントはこのサーバーのすべてのツールを、今後追加されるものも含めて使えます</translation>
    </message>
    <message>
        <source>Show tools</source>
        <translation>ツールを表示</translation>
    </message>
    <message>
        <source>Show the tools of {name}</source>
        <translation>{name} のツールを表示</translation>
    </message>
    <message>
        <source>Lists the server&apos;s tools; this starts the server if it is not running</source>
        <translation>サーバーのツールを一覧表示します。サーバーが動いていなければ起動します</translation>
    </message>
    <message>
        <source>Run read-only tools without asking</source>
        <translation>読み取り専用ツールを確認なしで実行</translation>
    </message>
    <message>
        <source>Run read-only tools of {name} without asking</source>
        <translation>{name} の読み取り専用ツールを確認なしで実行</translation>
    </message>
    <message>
        <source>Tools the server marks as read-only run without asking for approval</source>
        <translation>サーバーが読み取り専用とするツールは承認なしで実行されます</translation>
    </message>
    <message>
        <source>Tools of {name}</source>
        <translation>{name} のツール</translation>
    </message>
    <message>
        <source>Show tools to choose single tools (this starts the server).</source>
        <translation>「ツールを表示」で個別のツールを選べます(サーバーが起動します)。</translation>
    </message>
    <message>
        <source>Starting the server and listing its tools…</source>
        <translation>サーバーを起動してツールを一覧表示中…</translation>
    </message>
    <message>
        <source>It lists no tools.</source>
        <translation>ツールを提供していません。</translation>
    </message>
</context>
<context>
    <name>ServerTableModel</name>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Local program</source>
        <translation>ローカルプログラム</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Web アドレス</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>設定のセクション一覧</translation>
    </message>
    <message>
        <source>Choose a section (Up and Down keys)</source>
        <translation>セクションを選択(上下キー)</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>価格</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>{title} settings</source>
        <translation>{title} の設定</translation>
    </message>
    <message>
        <source>Settings section</source>
        <translation>設定のセクション</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>ショートカットを絞り込み</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>操作またはキーで絞り込み</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
</context>
<context>
    <name>SidePane</name>
    <message>
        <source>Sidebar</source>
        <translation>サイドバー</translation>
    </message>
</context>
<context>
    <name>SlashPicker</name>
    <message>
        <source>Saved prompts</source>
        <translation>保存済みプロンプト</translation>
    </message>
    <message>
        <source>Up and Down choose, Enter inserts, Esc closes</source>
        <translation>上下キーで選択、Enter で挿入、Esc で閉じる</translation>
    </message>
</context>
<context>
    <name>SourceWords</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>出典 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>▾ Hide sources</source>
        <translation>▾ 出典を隠す</translation>
    </message>
    <message>
        <source>▸ Show sources</source>
        <translation>▸ 出典を表示</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync shares your threads list, assistants and the messages of threads kept only on this computer through a folder that a sync tool you already use (Syncthing, Nextcloud, Dropbox, iCloud Drive, OneDrive, a network share) copies between your devices. No server of ours; API keys never go there.</source>
        <translation>同期では、スレッド一覧、アシスタント、このコンピューターにだけ保存されているスレッドのメッセージを、すでに使っている同期ツール(Syncthing、Nextcloud、Dropbox、iCloud Drive、OneDrive、ネットワーク共有)がデバイス間でコピーするフォルダーを通じて共有します。当社のサーバーは使いません。API キーがそこに置かれることはありません。</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>同期フォルダー</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>同期フォルダーを選択</translation>
    </message>
    <message>
        <source>This device&apos;s name</source>
        <translation>このデバイスの名前</translation>
    </message>
    <message>
        <source>How the other devices list this one</source>
        <translation>ほかのデバイスに表示されるこのデバイスの名前</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Stop sharing changes for now</source>
        <translation>変更の共有をしばらく止める</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>今すぐ同期(&amp;S)</translation>
    </message>
    <message>
        <source>Check the folder now</source>
        <translation>今すぐフォルダーを確認</translation>
    </message>
    <message>
        <source>&amp;Leave sync</source>
        <translation>同期をやめる(&amp;L)</translation>
    </message>
    <message>
        <source>Stop syncing this computer; its data stays</source>
        <translation>このコンピューターの同期をやめます。データは残ります</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>同期の状態</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>フォルダー(&amp;F)</translation>
    </message>
    <message>
        <source>This &amp;device</source>
        <translation>このデバイス(&amp;D)</translation>
    </message>
    <message>
        <source>Not syncing</source>
        <translation>同期していません</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>{name} (this device)</source>
        <translation>{name}(このデバイス)</translation>
    </message>
    <message>
        <source>{name} — last update {when}</source>
        <translation>{name} — 最終更新 {when}</translation>
    </message>
</context>
<context>
    <name>SyncQuestions</name>
    <message>
        <source>Choose the sync folder</source>
        <translation>同期フォルダーを選択</translation>
    </message>
    <message>
        <source>Leave sync</source>
        <translation>同期をやめる</translation>
    </message>
    <message>
        <source>Stop syncing this computer?</source>
        <translation>このコンピューターの同期をやめますか?</translation>
    </message>
    <message>
        <source>Everything stays here, and the other devices keep what this one shared. Changes made from now on are not shared.</source>
        <translation>すべてここに残り、ほかのデバイスはこのデバイスが共有したものを保持します。今後の変更は共有されません。</translation>
    </message>
    <message>
        <source>&amp;Leave sync</source>
        <translation>同期をやめる(&amp;L)</translation>
    </message>
</context>
<context>
    <name>SyncSession</name>
    <message>
        <source>Sync is waiting: {reason}</source>
        <extracomment>a check this often, in case the file watcher hears nothing (network shares often do not tell) a check this long after the last change the watcher heard (a sync tool writes a few files at once)</extracomment>
        <translation>同期は待機中です: {reason}</translation>
    </message>
    <message>
        <source>Sync is waiting: the sync folder could not be read or written ({reason}).</source>
        <translation>同期は待機中です: 同期フォルダーを読み書きできませんでした({reason})。</translation>
    </message>
    <message>
        <source>Up to date; last checked at {time}.</source>
        <translation>最新の状態です。最終確認: {time}。</translation>
    </message>
    <message>
        <source>Some changes from other devices are still arriving.</source>
        <translation>ほかのデバイスからの変更の一部がまだ届いていません。</translation>
    </message>
    <message>
        <source>Items edited here were deleted on another device; your edits are kept in the backup {path}.</source>
        <translation>ここで編集した項目が別のデバイスで削除されました。編集内容はバックアップ {path} に保存されています。</translation>
    </message>
    <message>
        <source>Sync is off. Choose a folder that your sync tool replicates to turn it on.</source>
        <translation>同期はオフです。オンにするには、同期ツールが複製するフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Sync is paused. Changes are kept here and shared when you resume.</source>
        <translation>同期は一時停止中です。変更はここに保持され、再開すると共有されます。</translation>
    </message>
    <message>
        <source>Syncing through {folder}…</source>
        <translation>{folder} を通じて同期中…</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>フォルダー {folder} は存在しません。</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
</context>
<context>
    <name>ThreadActionsViewModel</name>
    <message>
        <source>This thread belongs to another profile, so its server copy can only be deleted with that profile&apos;s key.</source>
        <translation>このスレッドは別のプロファイルのものなので、サーバー上のコピーはそのプロファイルのキーでしか削除できません。</translation>
    </message>
    <message>
        <source>Thread not deleted</source>
        <translation>スレッドは削除されませんでした</translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation>「{title}」を削除しました</translation>
    </message>
    <message>
        <source>Thread not exported</source>
        <translation>スレッドはエクスポートされませんでした</translation>
    </message>
    <message>
        <source>Exported “{title}” to {path}</source>
        <translation>「{title}」を {path} にエクスポートしました</translation>
    </message>
    <message>
        <source>Thread not imported</source>
        <translation>スレッドはインポートされませんでした</translation>
    </message>
    <message>
        <source>Stop the reply being written before deleting this thread.</source>
        <translation>このスレッドを削除する前に、作成中の応答を停止してください。</translation>
    </message>
    <message>
        <source>The local copy could not be deleted.</source>
        <translation>ローカルのコピーを削除できませんでした。</translation>
    </message>
    <message>
        <source>The thread was not exported.</source>
        <translation>スレッドはエクスポートされませんでした。</translation>
    </message>
    <message>
        <source>{name} was not imported.</source>
        <translation>{name} はインポートされませんでした。</translation>
    </message>
</context>
<context>
    <name>ThreadBanner</name>
    <message>
        <source>Thread notice</source>
        <translation>スレッドのお知らせ</translation>
    </message>
</context>
<context>
    <name>ThreadDelegate</name>
    <message>
        <source>not on server</source>
        <translation>サーバーにない</translation>
    </message>
    <message>
        <source>Thread title</source>
        <translation>スレッドのタイトル</translation>
    </message>
    <message>
        <source>Type a new title; Enter saves, Esc cancels</source>
        <translation>新しいタイトルを入力。Enter で保存、Esc で取り消し</translation>
    </message>
</context>
<context>
    <name>ThreadDialogs</name>
    <message>
        <source>Delete local copy only</source>
        <translation>ローカルのコピーだけを削除</translation>
    </message>
    <message>
        <source>BelugaDesk thread (*.json)</source>
        <translation>BelugaDesk スレッド (*.json)</translation>
    </message>
    <message>
        <source>Delete thread</source>
        <translation>スレッドを削除</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>「{title}」を削除しますか?</translation>
    </message>
    <message>
        <source>on the server and on this computer</source>
        <translation>サーバーとこのコンピューターの両方で</translation>
    </message>
    <message>
        <source>here</source>
        <translation>ここで</translation>
    </message>
    <message>
        <source>The thread is deleted {where}. This cannot be undone; Archive keeps it instead.</source>
        <translation>スレッドは{where}削除されます。元に戻せません。アーカイブすれば残せます。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Thread not deleted</source>
        <translation>スレッドは削除されませんでした</translation>
    </message>
    <message>
        <source>“{title}” could not be deleted on the server; the local copy was kept.</source>
        <translation>「{title}」をサーバー上で削除できませんでした。ローカルのコピーは残しました。</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>残す</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export thread</source>
        <translation>スレッドをエクスポート</translation>
    </message>
    <message>
        <source>Import thread from JSON</source>
        <translation>JSON からスレッドをインポート</translation>
    </message>
</context>
<context>
    <name>ThreadFiles</name>
    <message>
        <source>The file {path} could not be written ({error}).</source>
        <extracomment>why the server&apos;s copy could not be deleted (the local copy was kept); &quot;&quot; when deleted</extracomment>
        <translation>ファイル {path} に書き込めませんでした({error})。</translation>
    </message>
    <message>
        <source>The file {path} is too large to be a thread export.</source>
        <translation>ファイル {path} はスレッドのエクスポートとしては大きすぎます。</translation>
    </message>
    <message>
        <source>The file {path} could not be read ({error}).</source>
        <translation>ファイル {path} を読み取れませんでした({error})。</translation>
    </message>
</context>
<context>
    <name>ThreadGroup</name>
    <message>
        <source>Pinned</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>アーカイブ済み</translation>
    </message>
</context>
<context>
    <name>ThreadListModel</name>
    <message>
        <source>Deleted on the server; the local copy is kept.</source>
        <translation>サーバー上で削除されました。ローカルのコピーは残ります。</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <extracomment>the MIME type of threads dragged from the list: their local ids, one per line (UTF-8) an inline edit (F2) asked for a new title: (thread id, title); the view-model persists it</extracomment>
        <translation>{time} に更新</translation>
    </message>
    <message>
        <source>now</source>
        <translation>たった今</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} 時間</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>No matches for “{query}”</source>
        <translation>「{query}」に一致するものはありません</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 件一致</numerusform>
        </translation>
    </message>
    <message>
        <source>match: {snippet}</source>
        <translation>一致: {snippet}</translation>
    </message>
    <message>
        <source>title matches</source>
        <translation>タイトルが一致</translation>
    </message>
    <message>
        <source>updated {time}</source>
        <translation>{time} に更新</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <source>deleted on the server</source>
        <translation>サーバー上で削除済み</translation>
    </message>
</context>
<context>
    <name>ThreadListPanel</name>
    <message>
        <source>Search threads</source>
        <translation>スレッドを検索</translation>
    </message>
    <message>
        <source>Search every thread&apos;s title and messages (Ctrl+K)</source>
        <translation>すべてのスレッドのタイトルとメッセージを検索(Ctrl+K)</translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation>検索(Ctrl+K)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Show thread filters</source>
        <translation>スレッドのフィルターを表示</translation>
    </message>
    <message>
        <source>Filter the threads by assistant, or also list archived ones</source>
        <translation>アシスタントでスレッドを絞り込むか、アーカイブ済みも表示</translation>
    </message>
    <message>
        <source>Filter threads by assistant</source>
        <translation>アシスタントでスレッドを絞り込み</translation>
    </message>
    <message>
        <source>Show the threads of one assistant only</source>
        <translation>1 つのアシスタントのスレッドだけを表示</translation>
    </message>
    <message>
        <source>Show arc&amp;hived</source>
        <translation>アーカイブ済みを表示(&amp;H)</translation>
    </message>
    <message>
        <source>Show archived threads</source>
        <translation>アーカイブ済みのスレッドを表示</translation>
    </message>
    <message>
        <source>Also list archived threads (in their own group)</source>
        <translation>アーカイブ済みのスレッドも表示(専用のグループに)</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>スレッド</translation>
    </message>
    <message>
        <source>Thread list problem</source>
        <translation>スレッド一覧の問題</translation>
    </message>
    <message>
        <source>&amp;Search threads</source>
        <translation>スレッドを検索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open thread by id…</source>
        <translation>ID でスレッドを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import thread from JSON…</source>
        <translation>JSON からスレッドをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Mo&amp;ve to folder…</source>
        <translation>フォルダーへ移動(&amp;V)…</translation>
    </message>
    <message>
        <source>Move the selected (or open) thread to a folder</source>
        <translation>選択中(または表示中)のスレッドをフォルダーへ移動</translation>
    </message>
    <message>
        <source>&amp;Threads</source>
        <translation>スレッド(&amp;T)</translation>
    </message>
    <message>
        <source>Thread actions</source>
        <translation>スレッドの操作</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>名前を変更(&amp;R)</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>ピン留めを外す(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>ピン留め(&amp;P)</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>アーカイブ解除(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>アーカイブ(&amp;A)</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Markdown としてエクスポート(&amp;M)…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>JSON としてエクスポート(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Copy remote id</source>
        <translation>リモート ID をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Copied {id}</source>
        <translation>{id} をコピーしました</translation>
    </message>
    <message>
        <source>All assistants</source>
        <translation>すべてのアシスタント</translation>
    </message>
</context>
<context>
    <name>ThreadListView</name>
    <message>
        <source>Open the thread</source>
        <translation>スレッドを開く</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Pin or unpin</source>
        <translation>ピン留め/ピン留めを外す</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Thread menu (export, archive, …)</source>
        <translation>スレッドメニュー(エクスポート、アーカイブ、…)</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10</source>
        <translation>メニューキーまたは Shift+F10</translation>
    </message>
</context>
<context>
    <name>ThreadListViewModel</name>
    <message>
        <source>The thread list could not be loaded.</source>
        <extracomment>only the threads in these folders (an empty list: in no folder; None: every thread)</extracomment>
        <translation>スレッドの一覧を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Search failed.</source>
        <translation>検索に失敗しました。</translation>
    </message>
    <message>
        <source>The thread could not be changed.</source>
        <translation>スレッドを変更できませんでした。</translation>
    </message>
    <message>
        <source>A thread needs a title.</source>
        <translation>スレッドにはタイトルが必要です。</translation>
    </message>
</context>
<context>
    <name>ThreadResumeViewModel</name>
    <message>
        <source>This thread no longer exists on the server; the local copy is kept.</source>
        <translation>このスレッドはサーバー上にもう存在しません。ローカルのコピーは残ります。</translation>
    </message>
    <message>
        <source>This thread belongs to another profile, so it is shown read-only from the local copy: this profile&apos;s key cannot continue it. Switch to that profile to continue it.</source>
        <translation>このスレッドは別のプロファイルのものなので、ローカルのコピーから読み取り専用で表示しています。このプロファイルのキーでは続けられません。続けるにはそのプロファイルに切り替えてください。</translation>
    </message>
    <message>
        <source>This is a local copy with no thread on the server (for example an imported duplicate), so it can be read but not continued.</source>
        <translation>これはサーバー上にスレッドのないローカルのコピー(インポートした複製など)なので、読むことはできますが続けることはできません。</translation>
    </message>
    <message>
        <source>This thread was made with the {backend} API, so it is shown read-only from the local copy: the active profile uses the {active} API.</source>
        <translation>このスレッドは {backend} API で作成されたため、ローカルのコピーから読み取り専用で表示しています。使用中のプロファイルは {active} API を使います。</translation>
    </message>
    <message>
        <source>Paste a thread id.</source>
        <translation>スレッド ID を貼り付けてください。</translation>
    </message>
    <message>
        <source>A thread id has no spaces.</source>
        <translation>スレッド ID に空白は含まれません。</translation>
    </message>
    <message>
        <source>“{text}” is an id of the {other} API; the active profile uses the {active} API, whose thread ids start with “{prefix}”.</source>
        <translation>「{text}」は {other} API の ID です。使用中のプロファイルは {active} API を使い、そのスレッド ID は「{prefix}」で始まります。</translation>
    </message>
    <message>
        <source>A {api} API thread id starts with “{prefix}” (for example {prefix}abc123).</source>
        <translation>{api} API のスレッド ID は「{prefix}」で始まります(例: {prefix}abc123)。</translation>
    </message>
    <message>
        <source>The history could not be reloaded from the server; showing the local copy. {error}</source>
        <translation>サーバーから履歴を再読み込みできませんでした。ローカルのコピーを表示しています。{error}</translation>
    </message>
    <message>
        <source>The history could not be saved.</source>
        <translation>履歴を保存できませんでした。</translation>
    </message>
    <message>
        <source>{error} Showing the local copy.</source>
        <translation>{error} ローカルのコピーを表示しています。</translation>
    </message>
    <message>
        <source>Thread not opened</source>
        <translation>スレッドは開かれませんでした</translation>
    </message>
    <message>
        <source>The thread {remote_id} could not be opened.</source>
        <translation>スレッド {remote_id} を開けませんでした。</translation>
    </message>
    <message>
        <source>Thread {remote_id}</source>
        <translation>スレッド {remote_id}</translation>
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
        <translation>{tool_name} を実行しますか?</translation>
    </message>
    <message>
        <source>Approve a tool call</source>
        <translation>ツール呼び出しを承認</translation>
    </message>
    <message>
        <source>The assistant wants to run &lt;b&gt;{tool}&lt;/b&gt; on the remote MCP server &lt;b&gt;{server}&lt;/b&gt;.</source>
        <translation>アシスタントがリモート MCP サーバー &lt;b&gt;{server}&lt;/b&gt; で &lt;b&gt;{tool}&lt;/b&gt; を実行しようとしています。</translation>
    </message>
    <message>
        <source>The assistant wants to run &lt;b&gt;{tool}&lt;/b&gt; on the MCP server &lt;b&gt;{server}&lt;/b&gt;.</source>
        <translation>アシスタントが MCP サーバー &lt;b&gt;{server}&lt;/b&gt; で &lt;b&gt;{tool}&lt;/b&gt; を実行しようとしています。</translation>
    </message>
    <message>
        <source>The server says this tool only reads.</source>
        <translation>サーバーによると、このツールは読み取りのみです。</translation>
    </message>
    <message>
        <source>What the assistant wants to run</source>
        <translation>アシスタントが実行しようとしているもの</translation>
    </message>
    <message>
        <source>&amp;Arguments (you may edit them)</source>
        <translation>引数(&amp;A)(編集できます)</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>引数</translation>
    </message>
    <message>
        <source>Arguments check</source>
        <translation>引数のチェック</translation>
    </message>
    <message>
        <source>&amp;Message to the assistant if you deny (optional)</source>
        <translation>拒否する場合のアシスタントへのメッセージ(任意)(&amp;M)</translation>
    </message>
    <message>
        <source>Message to the assistant</source>
        <translation>アシスタントへのメッセージ</translation>
    </message>
    <message>
        <source>Allow &amp;once</source>
        <translation>今回だけ許可(&amp;O)</translation>
    </message>
    <message>
        <source>Run this call</source>
        <translation>この呼び出しを実行</translation>
    </message>
    <message>
        <source>Allow for this &amp;thread</source>
        <translation>このスレッドで許可(&amp;T)</translation>
    </message>
    <message>
        <source>Run this tool&apos;s calls in this conversation without asking</source>
        <translation>この会話ではこのツールの呼び出しを確認なしで実行</translation>
    </message>
    <message>
        <source>Al&amp;ways allow this tool</source>
        <translation>このツールを常に許可(&amp;W)</translation>
    </message>
    <message>
        <source>Never ask again for this tool (saved in the assistant)</source>
        <translation>このツールについて今後は確認しない(アシスタントに保存)</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>拒否(&amp;D)</translation>
    </message>
    <message>
        <source>Do not run it; the assistant is told</source>
        <translation>実行しません。アシスタントに伝えられます</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>有効な JSON です。</translation>
    </message>
</context>
<context>
    <name>ToolOutputDialog</name>
    <message>
        <source>Type or paste the output the function returned.</source>
        <translation>関数が返した出力を入力するか貼り付けてください。</translation>
    </message>
    <message>
        <source>Not valid JSON ({problem}, line {line}); it will be sent as plain text.</source>
        <translation>有効な JSON ではありません({problem}、{line} 行目)。プレーンテキストとして送信されます。</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>有効な JSON です。</translation>
    </message>
    <message>
        <source>Output of {name}</source>
        <translation>{name} の出力</translation>
    </message>
    <message>
        <source>Function call output</source>
        <translation>関数呼び出しの出力</translation>
    </message>
    <message>
        <source>The assistant called the function &lt;b&gt;{name}&lt;/b&gt;. Run it yourself and give its output; the reply continues with it.</source>
        <translation>アシスタントが関数 &lt;b&gt;{name}&lt;/b&gt; を呼び出しました。自分で実行して出力を入力してください。応答はその出力を使って続きます。</translation>
    </message>
    <message>
        <source>&amp;Arguments</source>
        <translation>引数(&amp;A)</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>引数</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>出力(&amp;O)</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>For example {&quot;temperature&quot;: 21, &quot;unit&quot;: &quot;C&quot;}</source>
        <translation>例: {&quot;temperature&quot;: 21, &quot;unit&quot;: &quot;C&quot;}</translation>
    </message>
    <message>
        <source>Output hint</source>
        <translation>出力のヒント</translation>
    </message>
    <message>
        <source>&amp;Send output</source>
        <translation>出力を送信(&amp;S)</translation>
    </message>
    <message>
        <source>Send output</source>
        <translation>出力を送信</translation>
    </message>
    <message>
        <source>Send this output to the assistant (Ctrl+Enter)</source>
        <translation>この出力をアシスタントに送信(Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>拒否(&amp;D)</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Tell the assistant the function was not run</source>
        <translation>関数を実行しなかったことをアシスタントに伝える</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>Close; the call keeps waiting (Esc)</source>
        <translation>閉じる。呼び出しは待機を続けます(Esc)</translation>
    </message>
</context>
<context>
    <name>ToolRow</name>
    <message>
        <source>Ask first</source>
        <translation>先に確認</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>常に許可</translation>
    </message>
    <message>
        <source>Use {name}</source>
        <translation>{name} を使う</translation>
    </message>
    <message>
        <source>Approval for {name}</source>
        <translation>{name} の承認</translation>
    </message>
    <message>
        <source>Ask before each call, or let calls of this tool run without asking</source>
        <translation>呼び出しのたびに確認するか、このツールの呼び出しを確認なしで実行するか</translation>
    </message>
</context>
<context>
    <name>ToolsDialogs</name>
    <message>
        <source>Remove MCP server</source>
        <translation>MCP サーバーを削除</translation>
    </message>
    <message>
        <source>Remove the MCP server “{name}”?</source>
        <translation>MCP サーバー「{name}」を削除しますか?</translation>
    </message>
    <message>
        <source>It is stopped, and its secrets are removed from the keyring.</source>
        <translation>サーバーは停止され、そのシークレットはキーリングから削除されます。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>サーバーを削除</translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <source>MCP servers give assistants tools. Add a server here, then choose which assistant may use its tools in the assistant&apos;s form (Tools from MCP servers). Every call is shown to you before it runs.</source>
        <translation>MCP サーバーはアシスタントにツールを提供します。ここでサーバーを追加し、アシスタントのフォーム(MCP サーバーのツール)でどのアシスタントがそのツールを使えるかを選びます。呼び出しは実行前に必ず表示されます。</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP サーバー</translation>
    </message>
    <message>
        <source>Selected server</source>
        <translation>選択中のサーバー</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add an MCP server</source>
        <translation>MCP サーバーを追加</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected server</source>
        <translation>選択したサーバーを変更</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected server</source>
        <translation>選択したサーバーを削除</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Start the selected server and list its tools</source>
        <translation>選択したサーバーを起動してツールを一覧表示</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>再起動(&amp;S)</translation>
    </message>
    <message>
        <source>Stop the selected server and start it again</source>
        <translation>選択したサーバーを停止して再起動</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>No server yet: Add one.</source>
        <translation>サーバーはまだありません。追加してください。</translation>
    </message>
</context>
<context>
    <name>VariableRow</name>
    <message>
        <source>{what} name</source>
        <translation>{what}の名前</translation>
    </message>
    <message>
        <source>{what} value</source>
        <translation>{what}の値</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>{what} is a secret</source>
        <translation>{what}はシークレット</translation>
    </message>
    <message>
        <source>Keep the value in the system keyring, never in the settings file</source>
        <translation>値を設定ファイルではなくシステムのキーリングに保存します</translation>
    </message>
    <message>
        <source>Remove {what}</source>
        <translation>{what}を削除</translation>
    </message>
    <message>
        <source>Remove this {what}</source>
        <translation>この{what}を削除</translation>
    </message>
</context>
<context>
    <name>VariablesEditor</name>
    <message>
        <source>Add {what}</source>
        <translation>{what}を追加</translation>
    </message>
</context>
<context>
    <name>VariablesForm</name>
    <message>
        <source>Fill in the prompt</source>
        <translation>プロンプトの空欄を埋める</translation>
    </message>
    <message>
        <source>“{title}” has blanks to fill in before it goes into the message box.</source>
        <translation>「{title}」には、メッセージ欄に入れる前に埋める空欄があります。</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>挿入</translation>
    </message>
    <message>
        <source>Insert the prompt</source>
        <translation>プロンプトを挿入</translation>
    </message>
</context>
<context>
    <name>VectorStoresViewModel</name>
    <message>
        <source>Loading vector stores…</source>
        <translation>ベクトルストアを読み込み中…</translation>
    </message>
    <message>
        <source>Could not list vector stores.</source>
        <translation>ベクトルストアを一覧表示できませんでした。</translation>
    </message>
    <message>
        <source>No vector stores yet: create one.</source>
        <translation>ベクトルストアはまだありません。作成してください。</translation>
    </message>
    <message>
        <source>Name the new vector store.</source>
        <translation>新しいベクトルストアに名前を付けてください。</translation>
    </message>
    <message>
        <source>Creating “{name}”…</source>
        <translation>「{name}」を作成中…</translation>
    </message>
    <message>
        <source>Could not create the vector store.</source>
        <translation>ベクトルストアを作成できませんでした。</translation>
    </message>
    <message>
        <source>Created {label}.</source>
        <translation>{label} を作成しました。</translation>
    </message>
    <message>
        <source>New vector store</source>
        <translation>新しいベクトルストア</translation>
    </message>
    <message>
        <source>Name of the new vector store:</source>
        <translation>新しいベクトルストアの名前:</translation>
    </message>
    <message>
        <source>Add files to the vector store</source>
        <translation>ベクトルストアにファイルを追加</translation>
    </message>
    <message>
        <source>Choose or create a vector store first.</source>
        <translation>先にベクトルストアを選ぶか作成してください。</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n file(s)…</source>
        <translation>
            <numerusform>%n 個のファイルをアップロード中…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add the files.</source>
        <translation>ファイルを追加できませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Added %n file(s) to {store}.</source>
        <translation>
            <numerusform>{store} に %n 個のファイルを追加しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewModel</name>
    <message>
        <source>{failure} Unexpected error: {error}</source>
        <translation>{failure} 予期しないエラー: {error}</translation>
    </message>
</context>
<context>
    <name>_Ago</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_BadgeWords</name>
    <message numerus="yes">
        <source>%n function(s)</source>
        <translation>
            <numerusform>関数 %n 個</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_CompareWords</name>
    <message numerus="yes">
        <source>Keep all: each of the %n thread(s) is listed with its prompt and reply. Discard: they are deleted here and on the server.</source>
        <translation>
            <numerusform>すべて保持: %n 個のスレッドがそれぞれプロンプトと応答とともに一覧に残ります。破棄: こことサーバーの両方から削除されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_LeftOutWords</name>
    <message numerus="yes">
        <source>%n tool call(s)</source>
        <translation>
            <numerusform>%n 件のツール呼び出し</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) made by a tool</source>
        <translation>
            <numerusform>ツールが作成した画像 %n 枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>添付ファイル %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views.assistants.field</name>
    <message>
        <source>{field_name} error</source>
        <translation>{field_name} のエラー</translation>
    </message>
</context>
</TS>
