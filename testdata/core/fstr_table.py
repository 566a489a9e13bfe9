# number formatting table with f-strings
rows = [('apple', 3, 0.5), ('banana', 12, 0.25), ('cherry', 150, 0.1), ('durian', 1, 12.75)]
print(f"{'item':<10}{'qty':>5}{'price':>8}{'total':>10}")
print('-' * 33)
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f'{name:<10}{qty:>5d}{price:>8.2f}{total:>10,.2f}')
print('=' * 33)
print(f"{'TOTAL':<23}{grand:>10,.2f}")
print(f"{'share':<10}" + ''.join(f'{q * p / grand:>8.1%}' for _, q, p in rows))
for i in range(1, 6):
    print(' '.join(f'{i * j:3d}' for j in range(1, 6)))
for n in [0, 7, 255, 4096]:
    print(f'{n:>6d} {n:>#8x} {n:>#12b} {n:>#6o}')
