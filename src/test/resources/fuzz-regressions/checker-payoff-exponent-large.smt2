; equicert certificate (QF_LRA, checked by equicert's embedded SMTInterpol with proof checking)
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: the given distribution over 4 states is the unique stationary distribution of seed 000's individual-utility learning chain of the game at base b = 2
; kind: stationary-unique
; subject: Prisoner's Dilemma (R=3, T=5, S=0, P=1), individual, b = 2
; fingerprint: game sha256:23ddb87283d999328d2a51fa8d7bc1d1d38cf8378e3da8b3c23080677bfbcad1
; tool: equicert 0.1.0
; data: {"kind":"stationary-unique","label":"Prisoner's Dilemma (R=3, T=5, S=0, P=1), individual, b = 2","states":4,"transitions":[[0,0,"15/16"],[0,1,"1/32"],[0,2,"1/32"],[1,0,"1/128"],[1,1,"95/128"],[1,3,"1/4"],[2,0,"1/128"],[2,2,"95/128"],[2,3,"1/4"],[3,1,"1/8"],[3,2,"1/8"],[3,3,"3/4"]],"distribution":["1/17","4/17","4/17","8/17"],"origin":{"game":{"title":"Prisoner's Dilemma (R=3, T=5, S=0, P=1)","actions":[2,2],"payoffs":[["3","5e1000000","0","1"],["3","0","5","1"]]},"individual":true,"base":"2"}}
(set-info :status unsat)
(set-logic QF_LRA)
; pi_<state>: the claimed distribution; x_<state>: any other candidate
(define-fun pi_1 () Real (/ 1.0 17.0))
(declare-fun x_1 () Real)
(define-fun pi_2 () Real (/ 4.0 17.0))
(declare-fun x_2 () Real)
(define-fun pi_3 () Real (/ 4.0 17.0))
(declare-fun x_3 () Real)
(define-fun pi_4 () Real (/ 8.0 17.0))
(declare-fun x_4 () Real)
; negation: a row does not sum to 1, pi is not a stationary distribution, or another x is one
(assert (or (< pi_1 0.0)
    (< pi_2 0.0)
    (< pi_3 0.0)
    (< pi_4 0.0)
    (not (= (+ pi_1 pi_2 pi_3 pi_4) 1.0))
    (not (= (+ (* (/ 15.0 16.0) pi_1) (* (/ 1.0 128.0) pi_2) (* (/ 1.0 128.0) pi_3)) pi_1))
    (not (= 1.0 1.0))
    (not (= (+ (* (/ 1.0 32.0) pi_1) (* (/ 95.0 128.0) pi_2) (* (/ 1.0 8.0) pi_4)) pi_2))
    (not (= 1.0 1.0))
    (not (= (+ (* (/ 1.0 32.0) pi_1) (* (/ 95.0 128.0) pi_3) (* (/ 1.0 8.0) pi_4)) pi_3))
    (not (= 1.0 1.0))
    (not (= (+ (* (/ 1.0 4.0) pi_2) (* (/ 1.0 4.0) pi_3) (* (/ 3.0 4.0) pi_4)) pi_4))
    (not (= 1.0 1.0))
    (and (= (+ (* (/ 15.0 16.0) x_1) (* (/ 1.0 128.0) x_2) (* (/ 1.0 128.0) x_3)) x_1) (= (+ (* (/ 1.0 32.0) x_1) (* (/ 95.0 128.0) x_2) (* (/ 1.0 8.0) x_4)) x_2) (= (+ (* (/ 1.0 32.0) x_1) (* (/ 95.0 128.0) x_3) (* (/ 1.0 8.0) x_4)) x_3) (= (+ (* (/ 1.0 4.0) x_2) (* (/ 1.0 4.0) x_3) (* (/ 3.0 4.0) x_4)) x_4) (= (+ x_1 x_2 x_3 x_4) 1.0) (or (not (= x_1 pi_1))
    (not (= x_2 pi_2))
    (not (= x_3 pi_3))
    (not (= x_4 pi_4))))))
(check-sat)
(exit)
