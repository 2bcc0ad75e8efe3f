; equicert certificate (QF_LRA, checked by equicert's embedded SMTInterpol with proof checking)
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: the Nash equilibria of the game are exactly the union of 3 sets X × Y of faces (3 pairs of listed extreme points); no other support pair admits an equilibrium
; kind: nash-set
; subject: Seed 000 coordination game (high/high 10, low/low 5, else 0)
; fingerprint: game sha256:127ffbb8b2509c5611757b08f3b3093daf0f0cc4b5f261c4e1e68e20989def39
; tool: equicert 0.1.0
; data: {"kind":"nash-set","game":{"title":"Seed 000 coordination game (high/high 10, low/low 5, else 0)","actions":[2,2],"payoffs":[["10","0","0","5"],["10","0","0","5"]]},"sets":[{"rowLabels":[2,3],"columnLabels":[1,4],"rows":[["1","0"]],"columns":[["1","0"]]},{"rowLabels":[3,4],"columnLabels":[1,2],"rows":[["1/3","2/3"]],"columns":[["1/3","2/3"]]},{"rowLabels":[1,4],"columnLabels":[2,3],"rows":[["0","1"]],"columns":[["0","1"]]}]}
(set-info :status unsat)
(set-logic QF_LRA)
; x_i: row strategy, y_j: column strategy, v and w: the two players' best payoffs
(declare-fun x_1 () Real)
(declare-fun x_2 () Real)
(declare-fun y_1 () Real)
(declare-fun y_2 () Real)
(declare-fun v () Real)
(declare-fun w () Real)
; r_i: row action i's payoff against y; c_j: column action j's payoff against x
(define-fun r_1 () Real (+ (* 10.0 y_1) (* 0.0 y_2)))
(define-fun r_2 () Real (+ (* 0.0 y_1) (* 5.0 y_2)))
(define-fun c_1 () Real (+ (* 10.0 x_1) (* 0.0 x_2)))
(define-fun c_2 () Real (+ (* 0.0 x_1) (* 5.0 x_2)))
; bounded: two distributions, v and w at least every payoff
(define-fun bounded () Bool (and (>= x_1 0.0) (<= r_1 v) (>= x_2 0.0) (<= r_2 v) (>= y_1 0.0) (<= c_1 w) (>= y_2 0.0) (<= c_2 w) (= (+ x_1 x_2) 1.0) (= (+ y_1 y_2) 1.0)))
; nash: every played action is a best response
(define-fun nash () Bool (and bounded (or (= x_1 0.0) (= r_1 v)) (or (= x_2 0.0) (= r_2 v)) (or (= y_1 0.0) (= c_1 w)) (or (= y_2 0.0) (= c_2 w))))
(define-fun violated () Bool (or (and (> x_1 0.0) (< r_1 v))
    (and (> x_2 0.0) (< r_2 v))
    (and (> y_1 0.0) (< c_1 w))
    (and (> y_2 0.0) (< c_2 w))))
(define-fun in_1 () Bool (and (= x_2 0.0) (= c_1 w) (= r_1 v) (= y_2 0.0)))
(define-fun in_2 () Bool (and (= c_1 w) (= c_2 w) (= r_1 v) (= r_2 v)))
(define-fun in_3 () Bool (and (= x_1 0.0) (= c_2 w) (= r_2 v) (= y_1 0.0)))
; negation of the claim: an equilibrium outside every listed set, or a point of a listed set that is not an equilibrium
(assert (or (and nash (not in_1) (not in_2) (not in_3))
    (and bounded in_1 violated)
    (and bounded in_2 violated)
    (and bounded in_3 violated)))
(check-sat)
(exit)
