# a matrix class with __matmul__-free multiplication via __mul__, transpose, determinant, identity
class Matrix:
    def __init__(self, rows):
        if len({len(r) for r in rows}) > 1:
            raise ValueError('ragged rows')
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]) if self.rows else 0)
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Matrix([[a * o for a in r] for r in self.rows])
        if self.shape[1] != o.shape[0]:
            raise ValueError(f'cannot multiply {self.shape} by {o.shape}')
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __rmul__(self, k):
        return self * k
    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        for _ in range(n):
            result = result * self
        return result
    def T(self):
        return Matrix([list(c) for c in zip(*self.rows)])
    def det(self):
        n = self.shape[0]
        if n == 1:
            return self.rows[0][0]
        return sum((-1) ** j * self.rows[0][j] * Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]).det() for j in range(n))
    def __repr__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return '\n'.join('[' + ' '.join(str(x).rjust(w) for x in r) + ']' for r in self.rows)
A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A * B, A + B, 2 * A, A.T(), sep='\n--\n')
print(A.shape, A[1, 0], A.det(), (A * A.T()).det(), Matrix.identity(3).det())
print(Matrix([[1, 1], [1, 0]]) ** 10)
print(A * Matrix.identity(2) == A, A == B)
try:
    A * Matrix([[1, 2, 3]])
except ValueError as e:
    print('ValueError:', e)
try:
    Matrix([[1], [2, 3]])
except ValueError as e:
    print('ValueError:', e)
