# list operators, comparison, nesting, aliasing
a = [1, 2, 3]
print(a + [4], a * 2, 2 * a, a * 0, [] * 5, [[0] * 2] * 2)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 3], [2] > [1, 9], [] < [0])
print([1, [2, 3]] == [1, [2, 3]], [1, 2] != [2, 1], [[1]] < [[2]])
print(3 in a, 5 not in a, [2] in [[2]], len([[], [[]]]))
b = a
b += [4]
print(a, b is a)
c = a
c = c + [5]
print(a, c, c is a)
a *= 2; print(a)
print(list(range(3)), list('ab'), list((1, 2)), list({'k': 1}), list())
nested = [1, [2, [3, [4, [5]]]]]
print(nested, nested[1][1][1][1][0])
print(min([3, 1, 2]), max([3, 1, 2]), sum([1, 2, 3]), len([None] * 7))
x = [1, 2, 3]
x[1] = x[1] * 10
x[-1] += 1
print(x)
print([1, 'a', 2.5, None, True, (1,), [2], {'a': 1}, {3}])
print(repr([]), str([' ', "'", '"']))
