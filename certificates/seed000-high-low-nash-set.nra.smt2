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
; A, B: the payoff matrices (row player, column player); x_i, y_j: a strategy pair
(declare-fun x_1 () Real)
(declare-fun x_2 () Real)
(declare-fun y_1 () Real)
(declare-fun y_2 () Real)
(define-fun strategies () Bool (and (>= x_1 0.0) (>= x_2 0.0) (>= y_1 0.0) (>= y_2 0.0) (= (+ x_1 x_2) 1.0) (= (+ y_1 y_2) 1.0)))
; row_i = (Ay)_i, column_j = (x^T B)_j: the pure strategies' payoffs against the other's strategy
(define-fun row_1 () Real (+ (* 10.0 y_1) (* 0.0 y_2)))
(define-fun row_2 () Real (+ (* 0.0 y_1) (* 5.0 y_2)))
(define-fun column_1 () Real (+ (* 10.0 x_1) (* 0.0 x_2)))
(define-fun column_2 () Real (+ (* 0.0 x_1) (* 5.0 x_2)))
(define-fun nash () Bool (and strategies (and (<= row_1 (+ (* x_1 row_1) (* x_2 row_2))) (<= row_2 (+ (* x_1 row_1) (* x_2 row_2))) (<= column_1 (+ (* y_1 column_1) (* y_2 column_2))) (<= column_2 (+ (* y_1 column_1) (* y_2 column_2))))))
(define-fun in_set_1 () Bool (and (= x_2 0.0) (>= column_1 column_2) (>= row_1 row_2) (= y_2 0.0)))
(define-fun in_set_2 () Bool (and (>= column_1 column_2) (>= column_2 column_1) (>= row_1 row_2) (>= row_2 row_1)))
(define-fun in_set_3 () Bool (and (= x_1 0.0) (>= column_2 column_1) (>= row_2 row_1) (= y_1 0.0)))
; negation: an equilibrium in no listed set, or a point of a listed set that is not an equilibrium
(assert (or (and nash (not (or false in_set_1 in_set_2 in_set_3)))
    (and strategies in_set_1 (not nash))
    (and strategies in_set_2 (not nash))
    (and strategies in_set_3 (not nash))))
(check-sat)
(exit)
