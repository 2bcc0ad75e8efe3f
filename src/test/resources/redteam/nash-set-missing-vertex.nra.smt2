; equicert certificate (QF_NRA, the natural statement for external solvers (z3, cvc5))
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: the Nash equilibria of the game are exactly the union of 1 set X × Y of faces (1 pairs of listed extreme points); no other support pair admits an equilibrium
; kind: nash-set
; subject: row indifferent, column prefers left
; fingerprint: game sha256:4c28c52c981785a36e9e7aadccf33a10c50dc023859ba5afa0efa49026e7a4ac
; tool: equicert 0.1.0
; data: {"kind":"nash-set","game":{"title":"row indifferent, column prefers left","actions":[2,2],"payoffs":[["1","1","1","1"],["1","1","0","0"]]},"sets":[{"rowLabels":[3],"columnLabels":[1,2,4],"rows":[["1","0"]],"columns":[["1","0"]]}]}
(set-info :status unsat)
(set-logic QF_NRA)
; A, B: the payoff matrices (row player, column player)
; nash(X, Y): X and Y are distributions and no pure strategy pays more against the other than the strategy itself
(define-fun nash ((X_1 Real) (X_2 Real) (Y_1 Real) (Y_2 Real)) Bool
  (and (>= X_1 0.0) (<= (+ (* 1.0 Y_1) (* 1.0 Y_2)) (+ (* 1.0 X_1 Y_1) (* 1.0 X_1 Y_2) (* 1.0 X_2 Y_1) (* 1.0 X_2 Y_2))) (>= X_2 0.0) (<= (+ (* 1.0 Y_1) (* 1.0 Y_2)) (+ (* 1.0 X_1 Y_1) (* 1.0 X_1 Y_2) (* 1.0 X_2 Y_1) (* 1.0 X_2 Y_2))) (>= Y_1 0.0) (<= (+ (* 1.0 X_1) (* 1.0 X_2)) (+ (* 1.0 X_1 Y_1) (* 0.0 X_1 Y_2) (* 1.0 X_2 Y_1) (* 0.0 X_2 Y_2))) (>= Y_2 0.0) (<= (+ (* 0.0 X_1) (* 0.0 X_2)) (+ (* 1.0 X_1 Y_1) (* 0.0 X_1 Y_2) (* 1.0 X_2 Y_1) (* 0.0 X_2 Y_2))) (= (+ X_1 X_2) 1.0) (= (+ Y_1 Y_2) 1.0)))
; x_i, y_j: a strategy pair
(declare-fun x_1 () Real)
(declare-fun x_2 () Real)
(declare-fun y_1 () Real)
(declare-fun y_2 () Real)
; set 1: conv of 1 row and 1 column extreme strategies
(declare-fun hx_1_1 () Real)
(declare-fun hx_1_2 () Real)
(declare-fun cx_1 () Real)
(declare-fun hy_1_1 () Real)
(declare-fun hy_1_2 () Real)
(declare-fun cy_1 () Real)
(declare-fun l_1_1 () Real)
(declare-fun r_1_1 () Real)
; negation: an equilibrium outside every listed set (separated from it by a hyperplane), or a convex combination of a set's extreme points that is not an equilibrium
(assert (or (and (nash x_1 x_2 y_1 y_2) (or (and (> (+ (* hx_1_1 x_1) (* hx_1_2 x_2)) cx_1) (<= (+ (* 1.0 hx_1_1) (* 0.0 hx_1_2)) cx_1)) (and (> (+ (* hy_1_1 y_1) (* hy_1_2 y_2)) cy_1) (<= (+ (* 1.0 hy_1_1) (* 0.0 hy_1_2)) cy_1))))
    (and (>= l_1_1 0.0) (= l_1_1 1.0) (= x_1 (* 1.0 l_1_1)) (= x_2 (* 0.0 l_1_1)) (>= r_1_1 0.0) (= r_1_1 1.0) (= y_1 (* 1.0 r_1_1)) (= y_2 (* 0.0 r_1_1)) (not (nash x_1 x_2 y_1 y_2)))))
(check-sat)
(exit)
