-- Neovim 0.7 end-to-end test of the planlint language server, run headless by
-- test/neovim.test.ts:
--   nvim --headless -u NONE -i NONE -n -c 'luafile e2e.lua' PLAN.txt
-- Inputs come in environment variables (positions computed by the test from
-- what the text says). Prints "ok <check>" lines; exits 0 when all pass.

local env = function(name)
  local v = os.getenv(name)
  if v == nil or v == '' then
    io.stdout:write('FAIL missing environment variable ' .. name .. '\n')
    vim.cmd('cquit 1')
  end
  return v
end

local function pos(name)
  local line, character = env(name):match('^(%d+),(%d+)$')
  return { line = tonumber(line), character = tonumber(character) }
end

local server = env('PLANLINT_LS_SERVER')
local terms_line = tonumber(env('PLANLINT_LS_TERMS_LINE'))
local nisc = pos('PLANLINT_LS_NISC')
local xref = pos('PLANLINT_LS_XREF')
local target = pos('PLANLINT_LS_TARGET') -- 1-based row, 0-based byte column (as nvim_win_get_cursor)

local failures = 0
local function check(name, ok, detail)
  if ok then
    io.stdout:write('ok   ' .. name .. '\n')
  else
    failures = failures + 1
    io.stdout:write('FAIL ' .. name .. (detail and (': ' .. detail) or '') .. '\n')
  end
end

local published = {}
local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
local client_id = vim.lsp.start_client({
  name = 'planlint',
  -- The bin itself, as an editor config names it: its #! line gives Node the server's flags.
  cmd = { server, '--stdio' },
  root_dir = vim.fn.getcwd(),
  init_options = { debounce = 0 },
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      published[result.uri] = result
      -- Neovim's own handler must accept what the server sends (ranges, codeDescription, data).
      local ok, e = pcall(default_publish, err, result, ctx, config)
      if not ok then check('Neovim accepts the diagnostics', false, tostring(e)) end
    end,
  },
})
check('client started', client_id ~= nil)

local bufnr = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(bufnr, client_id)
local uri = vim.uri_from_bufnr(bufnr)

-- Diagnostics arrive.
vim.wait(15000, function() return published[uri] ~= nil end, 20)
local diagnostics = published[uri] and published[uri].diagnostics
check('diagnostics arrive', diagnostics ~= nil)
diagnostics = diagnostics or {}
io.stdout:write('info ' .. #diagnostics .. ' diagnostics\n')
local found = false
for _, d in ipairs(diagnostics) do
  if d.code == 'consistent-terms' and d.range.start.line == terms_line then found = true end
end
check('多重防御 is reported by consistent-terms', found)
check('Neovim shows it', #vim.diagnostic.get(bufnr, { lnum = terms_line }) > 0)

-- Hover on NISC.
local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', { textDocument = { uri = uri }, position = nisc }, 5000)
local hover = res and res[client_id] and res[client_id].result
local value = hover and hover.contents and (hover.contents.value or hover.contents) or ''
if type(value) ~= 'string' then value = vim.inspect(value) end
check('hover on NISC gives its glossary definition',
  value:find('内閣サイバーセキュリティセンター', 1, true) ~= nil
    and value:find('National center of Incident readiness and Strategy for Cybersecurity', 1, true) ~= nil,
  value:sub(1, 200))

-- Document symbols: chapters 1–5 in the body part.
res = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol', { textDocument = { uri = uri } }, 5000)
local symbols = res and res[client_id] and res[client_id].result or {}
local chapters = {}
for _, part in ipairs(symbols) do
  if part.detail == 'body' then
    for _, child in ipairs(part.children or {}) do
      local label = child.name:match('^(%d+%.) ')
      if label then table.insert(chapters, label) end
    end
  end
end
check('document symbols give chapters 1–5', table.concat(chapters, ' ') == '1. 2. 3. 4. 5.', table.concat(chapters, ' '))

-- Go to definition on the cross-reference, as a user does: the cursor lands on (ア).
vim.api.nvim_win_set_cursor(0, { xref.line + 1, xref.character })
local before = vim.api.nvim_win_get_cursor(0)
vim.lsp.buf.definition()
vim.wait(5000, function()
  local now = vim.api.nvim_win_get_cursor(0)
  return now[1] ~= before[1] or now[2] ~= before[2]
end, 20)
local cursor = vim.api.nvim_win_get_cursor(0)
check('definition on 「2.2(2)(ア)」 lands on its target',
  cursor[1] == target.line and cursor[2] == target.character,
  string.format('cursor at %d:%d, expected %d:%d', cursor[1], cursor[2], target.line, target.character))

vim.lsp.stop_client(client_id)
vim.wait(3000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
if failures > 0 then
  vim.cmd('cquit 1')
else
  io.stdout:write('all ok\n')
  vim.cmd('qa!')
end
