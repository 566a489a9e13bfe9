# temperature conversion table and statistics
def c_to_f(c):
    return c * 9 / 5 + 32
def f_to_c(f):
    return (f - 32) * 5 / 9
print(f"{'C':>6} {'F':>8} {'K':>8}")
for c in range(-40, 101, 20):
    print(f'{c:>6} {c_to_f(c):>8.1f} {c + 273.15:>8.2f}')
temps = [22.5, 19.0, 24.8, 31.2, 17.6, 25.0, 28.3]
mean = sum(temps) / len(temps)
var = sum((t - mean) ** 2 for t in temps) / (len(temps) - 1)
print(f'mean={mean:.3f} sd={var ** 0.5:.3f} min={min(temps)} max={max(temps)}')
s = sorted(temps)
mid = len(s) // 2
print('median', s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2)
print([round(f_to_c(f), 1) for f in [32, 98.6, 212, -40]])
