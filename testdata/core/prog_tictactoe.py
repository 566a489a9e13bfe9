# tic-tac-toe board printer and winner check
def show(b):
    rows = [' ' + ' | '.join(b[r * 3:r * 3 + 3]) + ' ' for r in range(3)]
    print('\n---+---+---\n'.join(rows))
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
def winner(b):
    for a, c, d in LINES:
        if b[a] != ' ' and b[a] == b[c] == b[d]:
            return b[a]
    return 'draw' if ' ' not in b else None
board = [' '] * 9
moves = [4, 0, 2, 6, 3, 5, 1, 7, 8]
player = 'X'
for m in moves:
    board[m] = player
    w = winner(board)
    if w:
        break
    player = 'O' if player == 'X' else 'X'
show(board)
print('result:', w)
b2 = list('XXXOO    ')
show(b2)
print('result:', winner(b2), winner(list('XOXXOOOXX')), winner([' '] * 9))
