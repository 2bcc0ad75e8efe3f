; equicert certificate (QF_NRA, the natural statement for external solvers (z3, cvc5))
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: the Nash equilibria of the game are exactly the union of 3 sets X × Y of faces (3 pairs of listed extreme points); no other support pair admits an equilibrium
; kind: nash-set
; subject: Seed 000 coordination game (high/high 10, low/low 5, else 0)
; fingerprint: game sha256:127ffbb8b2509c5611757b08f3b3093daf0f0cc4b5f261c4e1e68e20989def39
; tool: equicert 0.1.0
; data: {"kind":"nash-set","game":{"title":"Seed 000 coordination game (high/high 10, low/low 5, else 0)","actions":[2,2],"payoffs":[["10","0","0","5"],["10","0","0","5"]]},"sets":[{"rowLabels":[2,3],"columnLabels":[1,4],"rows":[["1","0"]],"columns":[["1","0"]]},{"rowLabels":[3,4],"columnLabels":[1,2],"rows":[["1/3","2/3"]],"columns":[["1/3","2/3"]]},{"rowLabels":[1,4],"columnLabels":[2,3],"rows":[["0","1"]],"columns":[["0","1"]]}]}
(set-info :status unsat)
(set-logic QF_NRA)
; A, B: the payoff matrices (row player, column player)
; nash(X, Y): X and Y are distributions and no pure strategy pays more against the other than the strategy itself
(define-fun nash ((X_1 Real) (X_2 Real) (Y_1 Real) (Y_2 Real)) Bool
  (and (>= X_1 0.0) (<= (+ (* 10.0 Y_1) (* 0.0 Y_2)) (+ (* 10.0 X_1 Y_1) (* 0.0 X_1 Y_2) (* 0.0 X_2 Y_1) (* 5.0 X_2 Y_2))) (>= X_2 0.0) (<= (+ (* 0.0 Y_1) (* 5.0 Y_2)) (+ (* 10.0 X_1 Y_1) (* 0.0 X_1 Y_2) (* 0.0 X_2 Y_1) (* 5.0 X_2 Y_2))) (>= Y_1 0.0) (<= (+ (* 10.0 X_1) (* 0.0 X_2)) (+ (* 10.0 X_1 Y_1) (* 0.0 X_1 Y_2) (* 0.0 X_2 Y_1) (* 5.0 X_2 Y_2))) (>= Y_2 0.0) (<= (+ (* 0.0 X_1) (* 5.0 X_2)) (+ (* 10.0 X_1 Y_1) (* 0.0 X_1 Y_2) (* 0.0 X_2 Y_1) (* 5.0 X_2 Y_2))) (= (+ X_1 X_2) 1.0) (= (+ Y_1 Y_2) 1.0)))
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
; set 2: conv of 1 row and 1 column extreme strategies
(declare-fun hx_2_1 () Real)
(declare-fun hx_2_2 () Real)
(declare-fun cx_2 () Real)
(declare-fun hy_2_1 () Real)
(declare-fun hy_2_2 () Real)
(declare-fun cy_2 () Real)
(declare-fun l_2_1 () Real)
(declare-fun r_2_1 () Real)
; set 3: conv of 1 row and 1 column extreme strategies
(declare-fun hx_3_1 () Real)
(declare-fun hx_3_2 () Real)
(declare-fun cx_3 () Real)
(declare-fun hy_3_1 () Real)
(declare-fun hy_3_2 () Real)
(declare-fun cy_3 () Real)
(declare-fun l_3_1 () Real)
(declare-fun r_3_1 () Real)
; negation: an equilibrium outside every listed set (separated from it by a hyperplane), or a convex combination of a set's extreme points that is not an equilibrium
(assert (or (and (nash x_1 x_2 y_1 y_2) (or (and (> (+ (* hx_1_1 x_1) (* hx_1_2 x_2)) cx_1) (<= (+ (* 1.0 hx_1_1) (* 0.0 hx_1_2)) cx_1)) (and (> (+ (* hy_1_1 y_1) (* hy_1_2 y_2)) cy_1) (<= (+ (* 1.0 hy_1_1) (* 0.0 hy_1_2)) cy_1))) (or (and (> (+ (* hx_2_1 x_1) (* hx_2_2 x_2)) cx_2) (<= (+ (* (/ 1.0 3.0) hx_2_1) (* (/ 2.0 3.0) hx_2_2)) cx_2)) (and (> (+ (* hy_2_1 y_1) (* hy_2_2 y_2)) cy_2) (<= (+ (* (/ 1.0 3.0) hy_2_1) (* (/ 2.0 3.0) hy_2_2)) cy_2))) (or (and (> (+ (* hx_3_1 x_1) (* hx_3_2 x_2)) cx_3) (<= (+ (* 0.0 hx_3_1) (* 1.0 hx_3_2)) cx_3)) (and (> (+ (* hy_3_1 y_1) (* hy_3_2 y_2)) cy_3) (<= (+ (* 0.0 hy_3_1) (* 1.0 hy_3_2)) cy_3))))
    (and (>= l_1_1 0.0) (= l_1_1 1.0) (= x_1 (* 1.0 l_1_1)) (= x_2 (* 0.0 l_1_1)) (>= r_1_1 0.0) (= r_1_1 1.0) (= y_1 (* 1.0 r_1_1)) (= y_2 (* 0.0 r_1_1)) (not (nash x_1 x_2 y_1 y_2)))
    (and (>= l_2_1 0.0) (= l_2_1 1.0) (= x_1 (* (/ 1.0 3.0) l_2_1)) (= x_2 (* (/ 2.0 3.0) l_2_1)) (>= r_2_1 0.0) (= r_2_1 1.0) (= y_1 (* (/ 1.0 3.0) r_2_1)) (= y_2 (* (/ 2.0 3.0) r_2_1)) (not (nash x_1 x_2 y_1 y_2)))
    (and (>= l_3_1 0.0) (= l_3_1 1.0) (= x_1 (* 0.0 l_3_1)) (= x_2 (* 1.0 l_3_1)) (>= r_3_1 0.0) (= r_3_1 1.0) (= y_1 (* 0.0 r_3_1)) (= y_2 (* 1.0 r_3_1)) (not (nash x_1 x_2 y_1 y_2)))))
(check-sat)
(exit)
