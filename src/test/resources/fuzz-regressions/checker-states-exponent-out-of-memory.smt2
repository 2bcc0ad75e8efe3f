; equicert certificate (QF_LRA, checked by equicert's embedded SMTInterpol with proof checking)
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: the given distribution over 4 states is the unique stationary distribution of seed 000's common-payoff learning chain of the game at base b = 2
; kind: stationary-unique
; subject: Seed 000 coordination game (high/high 10, low/low 5, else 0), b = 2
; fingerprint: game sha256:127ffbb8b2509c5611757b08f3b3093daf0f0cc4b5f261c4e1e68e20989def39
; tool: equicert 0.1.0
; data: {"kind":"stationary-unique","label":"Seed 000 coordination game (high/high 10, low/low 5, else 0), b = 2","states":4e999999999999,"transitions":[[0,0,"2047/2048"],[0,1,"1/4096"],[0,2,"1/4096"],[1,0,"1/4"],[1,1,"1/2"],[1,3,"1/4"],[2,0,"1/4"],[2,2,"1/2"],[2,3,"1/4"],[3,1,"1/128"],[3,2,"1/128"],[3,3,"63/64"]],"distribution":["512/529","1/1058","1/1058","16/529"],"origin":{"game":{"title":"Seed 000 coordination game (high/high 10, low/low 5, else 0)","actions":[2,2],"payoffs":[["10","0","0","5"],["10","0","0","5"]]},"individual":false,"base":"2"}}
(set-info :status unsat)
(set-logic QF_LRA)
; pi_<state>: the claimed distribution; x_<state>: any other candidate
(define-fun pi_1 () Real (/ 512.0 529.0))
(declare-fun x_1 () Real)
(define-fun pi_2 () Real (/ 1.0 1058.0))
(declare-fun x_2 () Real)
(define-fun pi_3 () Real (/ 1.0 1058.0))
(declare-fun x_3 () Real)
(define-fun pi_4 () Real (/ 16.0 529.0))
(declare-fun x_4 () Real)
; negation: a row does not sum to 1, pi is not a stationary distribution, or another x is one
(assert (or (< pi_1 0.0)
    (< pi_2 0.0)
    (< pi_3 0.0)
    (< pi_4 0.0)
    (not (= (+ pi_1 pi_2 pi_3 pi_4) 1.0))
    (not (= (+ (* (/ 2047.0 2048.0) pi_1) (* (/ 1.0 4.0) pi_2) (* (/ 1.0 4.0) pi_3)) pi_1))
    (not (= 1.0 1.0))
    (not (= (+ (* (/ 1.0 4096.0) pi_1) (* (/ 1.0 2.0) pi_2) (* (/ 1.0 128.0) pi_4)) pi_2))
    (not (= 1.0 1.0))
    (not (= (+ (* (/ 1.0 4096.0) pi_1) (* (/ 1.0 2.0) pi_3) (* (/ 1.0 128.0) pi_4)) pi_3))
    (not (= 1.0 1.0))
    (not (= (+ (* (/ 1.0 4.0) pi_2) (* (/ 1.0 4.0) pi_3) (* (/ 63.0 64.0) pi_4)) pi_4))
    (not (= 1.0 1.0))
    (and (= (+ (* (/ 2047.0 2048.0) x_1) (* (/ 1.0 4.0) x_2) (* (/ 1.0 4.0) x_3)) x_1) (= (+ (* (/ 1.0 4096.0) x_1) (* (/ 1.0 2.0) x_2) (* (/ 1.0 128.0) x_4)) x_2) (= (+ (* (/ 1.0 4096.0) x_1) (* (/ 1.0 2.0) x_3) (* (/ 1.0 128.0) x_4)) x_3) (= (+ (* (/ 1.0 4.0) x_2) (* (/ 1.0 4.0) x_3) (* (/ 63.0 64.0) x_4)) x_4) (= (+ x_1 x_2 x_3 x_4) 1.0) (or (not (= x_1 pi_1))
    (not (= x_2 pi_2))
    (not (= x_3 pi_3))
    (not (= x_4 pi_4))))))
(check-sat)
(exit)
